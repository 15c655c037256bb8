"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then row i with i values. Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=],
fixed case=, anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(rows):
    return f"{len(rows)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)


def triangle(n, cap):
    cap = min(cap, MAXV)
    return [[rng.randint(0, cap) for _ in range(i)] for i in range(1, n + 1)]


def bait(n, cap):
    """Large values next to the greedy path's choices, with the real prize down the other branch."""
    rows = triangle(n, cap // 10 or 1)
    for i in range(1, n, 3):
        j = rng.randrange(i + 1)
        rows[i][j] = rng.randint(cap // 2, cap)
        if i + 2 < n:
            rows[i + 2][min(j + 2, i + 2)] = min(MAXV, cap)
    return rows


if mode == "sample1":
    # The larger first step (9) leads to small values; the best path goes through the smaller one.
    k, a, r1, r2, r3 = rng.randint(1, 9), rng.randint(3, 5), rng.randint(0, 5), rng.randint(0, 5), rng.randint(0, 9)
    rows = [[k], [a, 9 + r1], [8 + r2, 1, 2], [2, 12 + r3, 1, 4]]
    out = render(rows)
elif mode == "sample2":
    out = render(triangle(rng.randint(4, 5), 20))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(triangle(n, int(opts.get("cap") or rng.choice([9, 100, MAXV]))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([[MAXV]]),
        "single_zero": lambda: "1\n0\n",
        "two": lambda: render([[1], [4, 7]]),
        "all_zero": lambda: render([[0] * i for i in range(1, 6)]),
        "left_edge": lambda: render([[1], [1, 50], [9, 1, 1]]),
        "greedy_trap": lambda: render([[5], [9, 3], [1, 1, 8], [1, 1, 1, 9]]),
    }[case]()
elif mode == "anti":
    out = render(bait(MAXN, MAXV))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render(triangle(MAXN, MAXV))
    elif kind == "big_values":
        out = render([[MAXV - rng.randint(0, 9) for _ in range(i)] for i in range(1, MAXN + 1)])
    else:
        out = render(bait(MAXN, MAXV))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([[1] * i for i in range(1, MAXN + 2)]),
        "value_too_big": lambda: f"2\n1\n{MAXV + 1} 0\n",
        "negative": lambda: "2\n1\n-1 0\n",
        "short_row": lambda: "3\n1\n2 3\n4 5\n",
        "double_space": lambda: "2\n1\n2  3\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
