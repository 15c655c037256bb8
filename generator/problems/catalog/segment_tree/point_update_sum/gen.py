"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N Q", a_1..a_N, then Q lines "1 i v" or "2 l r". Params: maxn, maxq, maxv.
Modes: sample1, sample2, random lo= hi= [cap=] [upd=], fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXV = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def render(a, ops):
    return f"{len(a)} {len(ops)}\n" + " ".join(map(str, a)) + "\n" + "".join(f"{t} {x} {y}\n" for t, x, y in ops)


def query(n, wide=False):
    if wide:
        return (2, rng.randint(1, max(1, n // 50)), rng.randint(n - n // 50, n))
    l, r = sorted((rng.randint(1, n), rng.randint(1, n)))
    return (2, l, r)


def operations(n, q, cap, upd):
    ops = [(1, rng.randint(1, n), rng.randint(-cap, cap)) if rng.random() < upd else query(n) for _ in range(q)]
    if all(t == 1 for t, _, _ in ops):
        ops[-1] = query(n)
    return ops


if mode == "sample1":
    # A change of one position between two queries over it, a second change of the same position, a query
    # that does not cover the changed position.
    n = rng.randint(5, 7)
    a = [rng.randint(1, 9) for _ in range(n)]
    i = rng.randint(2, n - 1)
    ops = [(2, 1, n), (1, i, rng.randint(-9, 9)), (2, i - 1, i + 1), (1, i, rng.randint(10, 20)), (2, 1, i),
           (2, i + 1, n)]
    out = render(a, ops)
elif mode == "sample2":
    n = rng.randint(4, 8)
    out = render([rng.randint(-9, 9) for _ in range(n)], operations(n, rng.randint(4, 7), 9, 0.4))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    q = rng.randint(int(opts["lo"]), min(MAXQ, int(opts["hi"])))
    cap = min(MAXV, int(opts.get("cap") or rng.choice([5, 1000, MAXV])))
    upd = float(opts.get("upd") or rng.choice([0.3, 0.5, 0.7]))
    out = render([rng.randint(-cap, cap) for _ in range(n)], operations(n, q, cap, upd))
elif mode == "fixed":
    case = opts["case"]
    if case == "single":
        out = render([MAXV], [(2, 1, 1), (1, 1, -MAXV), (2, 1, 1)])
    elif case == "same_twice":
        out = render([1, 2, 3], [(1, 2, 10), (1, 2, 20), (2, 1, 3), (1, 2, 0), (2, 2, 2)])
    elif case == "extremes":
        out = render([MAXV] * 5 + [-MAXV] * 3, [(2, 1, 5), (2, 1, 8), (1, 8, MAXV), (2, 6, 8)])
    elif case == "whole_range":
        out = render([3, -1, 4, -1, 5, -9], [(2, 1, 6), (1, 6, 9), (2, 1, 6), (2, 6, 6), (2, 1, 1)])
    else:  # set_to_same: assigning the value a position already has changes nothing
        out = render([7, 7, 7, 7], [(1, 3, 7), (1, 3, 7), (2, 1, 4), (2, 3, 3)])
elif mode == "max":
    n, q = MAXN, MAXQ
    a = [rng.randint(-MAXV, MAXV) for _ in range(n)]
    if opts["kind"] == "wide_queries":  # almost every query spans the whole row: per-query summing is O(NQ)
        ops = [(1, rng.randint(1, n), rng.randint(-MAXV, MAXV)) if k % 20 == 0 else query(n, wide=True)
               for k in range(q)]
    else:  # change, query, change, query...: rebuilding prefix sums after each change is O(NQ)
        ops = [(1, rng.randint(1, n), rng.randint(-MAXV, MAXV)) if k % 2 == 0 else query(n, wide=True)
               for k in range(q)]
    out = render(a, ops)
elif mode == "invalid":
    kind = opts["kind"]
    base_a, base_ops = [4, -2, 7], [(1, 2, 5), (2, 1, 3)]
    out = {
        "n_too_big": lambda: render([1] * (MAXN + 1), [(2, 1, 1)]),
        "value_too_big": lambda: render(base_a, [(1, 2, MAXV + 1), (2, 1, 3)]),
        "l_after_r": lambda: render(base_a, [(1, 2, 5), (2, 3, 2)]),
        "index_out": lambda: render(base_a, [(1, 4, 5), (2, 1, 3)]),
        "bad_type": lambda: render(base_a, [(3, 2, 5), (2, 1, 3)]),
        "no_query": lambda: render(base_a, [(1, 2, 5), (1, 1, 1)]),
        "missing_line": lambda: "3 3\n4 -2 7\n1 2 5\n2 1 3\n",
        "double_space": lambda: "3 2\n4  -2 7\n1 2 5\n2 1 3\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
