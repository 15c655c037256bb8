"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N Q", a_1..a_N, then Q lines "l r x". Params: maxn, maxq, maxv.
Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXV = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def render(a, queries):
    return f"{len(a)} {len(queries)}\n" + " ".join(map(str, a)) + "\n" + "".join(f"{l} {r} {x}\n" for l, r, x in queries)


def questions(n, q, cap, wide=False):
    out = []
    for _ in range(q):
        if wide:
            l, r = rng.randint(1, max(1, n // 50)), rng.randint(n - n // 50, n)
        else:
            l, r = sorted((rng.randint(1, n), rng.randint(1, n)))
        out.append((l, r, rng.randint(1, cap)))
    return out


if mode == "sample1":
    # Values equal to x are counted; the questions are not sorted by x (answers must come back in input order).
    n = rng.randint(6, 8)
    a = [rng.randint(1, 9) for _ in range(n)]
    i = rng.randint(2, n - 2)
    out = render(a, [(1, n, a[i - 1]), (i, n, 9), (1, i, a[0]), (2, n - 1, 1)])
elif mode == "sample2":
    n = rng.randint(4, 8)
    out = render([rng.randint(1, 9) for _ in range(n)], questions(n, rng.randint(3, 6), 9))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    q = rng.randint(int(opts["lo"]), min(MAXQ, int(opts["hi"])))
    cap = min(MAXV, int(opts.get("cap") or rng.choice([5, 1000, MAXV])))
    out = render([rng.randint(1, cap) for _ in range(n)], questions(n, q, cap))
elif mode == "fixed":
    case = opts["case"]
    if case == "single":
        out = render([MAXV], [(1, 1, MAXV), (1, 1, MAXV - 1), (1, 1, 1)])
    elif case == "all_equal":
        out = render([5] * 6, [(1, 6, 5), (2, 4, 4), (3, 3, 6), (1, 6, 1)])
    elif case == "extremes":
        out = render([1, MAXV, 1, MAXV, 1], [(1, 5, 1), (1, 5, MAXV), (2, 2, MAXV - 1), (5, 5, 1)])
    else:  # descending_x: the queries come in decreasing x, so sorted order is the reverse of input order
        out = render([4, 1, 3, 2, 5, 2], [(1, 6, 5), (1, 6, 4), (2, 5, 3), (1, 6, 2), (3, 6, 1)])
elif mode == "max":
    cap = MAXV if opts["kind"] == "wide" else 5  # few distinct values: many ties with x
    a = [rng.randint(1, cap) for _ in range(MAXN)]
    out = render(a, questions(MAXN, MAXQ, cap, wide=True))  # wide ranges: scanning each range is O(NQ)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([1] * (MAXN + 1), [(1, 1, 1)]),
        "value_zero": lambda: render([3, 0, 2], [(1, 3, 2)]),
        "x_too_big": lambda: render([3, 1, 2], [(1, 3, MAXV + 1)]),
        "l_after_r": lambda: render([3, 1, 2], [(3, 2, 2)]),
        "r_out": lambda: render([3, 1, 2], [(1, 4, 2)]),
        "missing_line": lambda: "3 2\n3 1 2\n1 3 2\n",
        "leading_zero": lambda: "3 1\n3 01 2\n1 3 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
