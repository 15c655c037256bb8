"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N Q", a_1..a_N, then Q lines "1 i v" or "2 l r". Params: maxn, maxq, maxv.
Modes: sample kind=ties|changes, random lo= hi= [cap=] [upd=], fixed case=, max kind=, invalid kind=."""
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


def operations(n, q, low, high, upd, wide=False):
    ops = [(1, rng.randint(1, n), rng.randint(low, high)) if rng.random() < upd else query(n, wide)
           for _ in range(q)]
    if all(t == 1 for t, _, _ in ops):
        ops[-1] = query(n, wide)
    return ops


if mode == "sample":
    n = rng.randint(6, 8)
    if opts["kind"] == "ties":  # the minimum occurs several times, in both halves of the row
        m = rng.randint(1, 5)
        a = [rng.randint(m + 1, m + 9) for _ in range(n)]
        spots = sorted(rng.sample(range(n), 3))
        for i in spots:
            a[i] = m
        # a query from one minimum to another: both ends count (r treated as exclusive, wa_right_end_excluded,
        # loses one), and its minima lie in different nodes (ignoring an equal minimum of another node while
        # answering, wa_query_ties_ignored, loses one) unless the range is one aligned block of a power-of-two tree
        p, q = rng.choice([(x, y) for x in spots for y in spots if x < y and (x, y) != (0, n - 1)
                           and not (y - x + 1 & y - x == 0 and x % (y - x + 1) == 0)] or [(spots[0], spots[2])])
        out = render(a, [(2, 1, n), (2, p + 1, q + 1), (1, rng.randint(1, n), m), (2, 1, n), query(n)])
    else:  # a change lowers the minimum, a second change of the same position raises it again
        a = [rng.randint(-5, 9) for _ in range(n)]
        i = rng.randint(2, n - 1)
        out = render(a, [(2, 1, n), (1, i, -9), (2, i - 1, i + 1), (1, i, 20), (2, 1, n), (2, i, i)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    q = rng.randint(int(opts["lo"]), min(MAXQ, int(opts["hi"])))
    cap = min(MAXV, int(opts.get("cap") or rng.choice([2, 1000, MAXV])))
    upd = float(opts.get("upd") or rng.choice([0.3, 0.5, 0.7]))
    out = render([rng.randint(-cap, cap) for _ in range(n)], operations(n, q, -cap, cap, upd))
elif mode == "fixed":
    out = {
        "single": render([MAXV], [(2, 1, 1), (1, 1, -MAXV), (2, 1, 1)]),
        "all_equal": render([5] * 7, [(2, 1, 7), (2, 2, 6), (1, 4, 6), (2, 1, 7), (2, 4, 4)]),
        "ends": render([1, 9, 9, 9, 1], [(2, 1, 5), (2, 2, 5), (2, 1, 4), (2, 2, 4), (2, 5, 5)]),
        "raise_min": render([3, 1, 2, 1], [(2, 1, 4), (1, 2, 5), (2, 1, 4), (1, 4, 2), (2, 1, 4), (2, 2, 2)]),
        "extremes": render([MAXV, -MAXV, -MAXV, MAXV], [(2, 1, 4), (1, 2, MAXV), (2, 1, 4), (2, 1, 2)]),
        "set_to_same": render([4, 4, 4], [(1, 2, 4), (1, 2, 4), (2, 1, 3), (1, 2, 3), (2, 1, 3)]),
        "halves": render([2, 7, 2, 7, 7, 2, 7, 2], [(2, 1, 8), (2, 2, 7), (2, 3, 6), (1, 1, 7), (2, 1, 8)]),
    }[opts["case"]]
elif mode == "max":
    n, q = MAXN, MAXQ
    kind = opts["kind"]
    if kind == "few_values":  # many equal minima: counts are large and combine across many nodes
        a = [rng.randint(0, 3) for _ in range(n)]
        out = render(a, operations(n, q, 0, 3, 0.5, wide=True))
    elif kind == "wide_queries":  # almost every query spans nearly the whole row: scanning is O(NQ)
        a = [rng.randint(-MAXV, MAXV) for _ in range(n)]
        ops = [(1, rng.randint(1, n), rng.randint(-MAXV, MAXV)) if k % 20 == 0 else query(n, wide=True)
               for k in range(q)]
        out = render(a, ops)
    else:  # falling values: every change may become the new minimum
        a = sorted((rng.randint(-MAXV, MAXV) for _ in range(n)), reverse=True)
        ops = [(1, rng.randint(1, n), -MAXV + rng.randint(0, 5)) if k % 2 == 0 else query(n, wide=True)
               for k in range(q)]
        out = render(a, ops)
elif mode == "invalid":
    kind = opts["kind"]
    base_a = [4, -2, 7]
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
