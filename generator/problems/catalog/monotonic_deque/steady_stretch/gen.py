"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=walk|ties, random lo= hi= cap=, fixed case=, max kind=flat|walk|random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(d, values):
    return f"{len(values)} {d}\n" + " ".join(map(str, values)) + "\n"


def walk(n, step, low, high):
    """A random walk kept inside [low, high]: long steady stretches that end and restart in the middle."""
    x = rng.randint(low, high)
    values = []
    for _ in range(n):
        x = min(high, max(low, x + rng.randint(-step, step)))
        values.append(x)
    return values


if mode == "sample":
    if opts["kind"] == "walk":  # the best stretch starts in the middle of an earlier, broken one
        b = rng.randint(10, 20)
        # a_2 .. a_6 is steady (length 5); restarting from a_4 alone when a_1 .. a_4 breaks finds only 3
        out = text(4, [b, b + 2, b + 4, b + 6, b + 5, b + 3, b + 9, b + 1])
    else:  # two stretches of the best length: the first one is reported; a difference exactly D counts
        b = rng.randint(5, 30)
        out = text(2, [b, b + 2, b + 1, b + 7, b + 9, b + 8, b + 3])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(int(opts["cap"]), MAXV)
    out = text(rng.randint(0, cap), [rng.randint(0, cap) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text(0, [MAXV]), "one_big_d": text(MAXV, [0]), "equal_d0": text(0, [4] * 6),
           "runs_d0": text(0, [3, 3, 1, 1, 1, 2, 2, 2]), "increasing": text(3, list(range(10))),
           "tie_first": text(1, [1, 2, 9, 8, 1, 2]), "restart_trap": text(4, [5, 1, 5, 9, 5, 6]),
           "extremes": text(MAXV - 1, [0, MAXV, 0, MAXV]), "all_fit": text(MAXV, [0, MAXV, 7, MAXV, 0]),
           "zigzag": text(1, [0, 2, 0, 2, 1, 2, 1, 3, 2])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "flat":  # the whole record is steady: the answer is N, starting at 1
        d = rng.randint(0, 1000)
        base = rng.randint(0, MAXV - d)
        out = text(d, [rng.randint(base, base + d) for _ in range(MAXN)])
    elif kind == "walk":
        out = text(rng.randint(2000, 4000), walk(MAXN, 50, 0, MAXV))
    else:
        out = text(rng.randint(MAXV // 2, MAXV - 1), [rng.randint(0, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]), "d_big": text(MAXV + 1, [1]),
           "negative": "2 1\n-1 2\n", "d_negative": "2 -1\n1 2\n", "count": "3 1\n1 2\n",
           "double_space": "2 1\n1  2\n", "leading_zero": "2 1\n01 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
