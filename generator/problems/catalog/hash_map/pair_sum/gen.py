"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=dup|halves, random lo= hi= [cap=], fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MAXK = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxk"])
MINV, MINK = int(opts["minv"]), int(opts["mink"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample":
    if opts["kind"] == "dup":  # repeated values: every pair of copies counts
        x, y = rng.randint(1, 9), rng.randint(10, 19)
        values = [x, y, x, y, y, x + y, 0]
        rng.shuffle(values)
        out = text(x + y, values)
    else:  # K is twice a value: equal values pair with each other, never a value with itself
        h = rng.randint(2, 9)
        values = [h, h - 1, h, h + 1, h, 2 * h]
        rng.shuffle(values)
        out = text(2 * h, values)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([3, 10, MAXV]))
    values = [rng.randint(-cap, cap) for _ in range(n)]
    if rng.random() < 0.7 and n >= 2:
        i, j = rng.sample(range(n), 2)
        k = values[i] + values[j]
    else:
        k = rng.randint(-2 * cap, 2 * cap)
    out = text(k, values)
elif mode == "fixed":
    out = {"one": text(2, [1]), "one_half": text(4, [2]), "two": text(0, [MAXV, MINV]),
           "none": text(7, [1, 2, 3]), "all_equal": text(10, [5] * 7), "extreme": text(MAXK, [MAXV, MAXV, MINV]),
           "low": text(MINK, [MINV, MINV, MAXV])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "equal":  # every pair counts: about N^2/2 pairs, beyond 32 bits
        v = rng.randint(1, max(1, min(1000, MAXV, MAXK // 2)))  # seeded common value (each problem its own test)
        out = text(2 * v, [v] * MAXN)
    elif kind == "high":  # values in the top tenth: K = a_1 + a_2 near its bound, past 32 bits
        values = [rng.randint(MAXV - MAXV // 10, MAXV) for _ in range(MAXN)]
        out = text(min(MAXK, values[0] + values[1]), values)
    elif kind == "two_values":
        out = text(3, [rng.choice([1, 2]) for _ in range(MAXN)])
    else:
        values = [rng.randint(MINV, MAXV) for _ in range(MAXN)]
        out = text(values[0] + values[1], values)
elif mode == "invalid":
    out = {"too_many": text(1, [0] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]), "k_big": text(MAXK + 1, [1]),
           "too_small": text(1, [MINV - 1]), "k_small": text(MINK - 1, [1]),
           "count": "3 1\n1 2\n", "double_space": "2 1\n1  2\n", "leading_zero": "2 1\n01 2\n",
           "minus_zero": "2 1\n-0 2\n", "zero_n": "0 1\n\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
