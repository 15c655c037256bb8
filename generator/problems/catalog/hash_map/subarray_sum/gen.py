"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, minv, maxk, mink. Modes: sample kind=mixed|zero, random lo= hi= [cap=] [sign=any|pos],
fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MINV = int(opts["maxn"]), int(opts["maxv"]), int(opts["minv"])
MAXK, MINK = int(opts["maxk"]), int(opts["mink"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def target(values):
    """Usually the sum of some stretch, so the answer is rarely 0."""
    i = rng.randrange(len(values))
    j = rng.randrange(i, len(values))
    return sum(values[i:j + 1])


if mode == "sample":
    if opts["kind"] == "mixed":  # negative values: a stretch may grow past K and come back
        values = [rng.randint(1, 4), -rng.randint(1, 3), rng.randint(1, 4), rng.randint(1, 4), -rng.randint(1, 3),
                  rng.randint(1, 4)]
        out = text(sum(values[1:4]), values)
    else:  # K = 0 with zeros: empty-looking stretches count, and the whole prefix too
        x = rng.randint(1, 5)
        out = text(0, [0, x, -x, 0, x, rng.randint(1, 3)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([1, 3, 10, MAXV]))
    low = 0 if opts.get("sign") == "pos" else -min(cap, -MINV)
    values = [rng.randint(low, cap) for _ in range(n)]
    out = text(target(values) if rng.random() < 0.8 else rng.randint(-3 * cap, 3 * cap), values)
elif mode == "fixed":
    out = {"one_hit": text(5, [5]), "one_miss": text(4, [5]), "zeros": text(0, [0] * 6),
           "whole": text(6, [1, 2, 3]), "negative_k": text(-3, [-1, -2, 4, -7]),
           "prefix_only": text(3, [3, -3, 3, -3]), "extremes": text(MAXV + MINV, [MAXV, MINV, MAXV])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "zeros":  # every stretch sums to 0: about N^2/2 of them
        # zeros but one seeded pair (x, -x) side by side (each problem its own test): still about N^2/2
        values, at, x = [0] * MAXN, rng.randrange(MAXN - 1), rng.randint(1, min(MAXV, -MINV))
        values[at], values[at + 1] = x, -x
        out = text(0, values)
    elif kind == "alternating":  # x, -x, x, ... with a seeded x
        x = rng.randint(1, min(MAXV, -MINV, 1000))
        out = text(0, [x if i % 2 == 0 else -x for i in range(MAXN)])
    elif kind == "high":  # values in the top tenth: K, the sum of a stretch of nearly all of them, near its bound
        values = [rng.randint(MAXV - MAXV // 10, MAXV) for _ in range(MAXN)]
        i = rng.randrange(MAXN // 50)
        out = text(min(MAXK, sum(values[i:rng.randrange(MAXN - MAXN // 50, MAXN) + 1])), values)
    elif kind == "positive":
        values = [rng.randint(1, 3) for _ in range(MAXN)]
        out = text(target(values), values)
    else:
        values = [rng.randint(-5, 5) for _ in range(MAXN)]
        out = text(target(values), values)
elif mode == "invalid":
    out = {"too_many": text(0, [0] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]), "too_small": text(1, [MINV - 1]),
           "k_big": text(MAXK + 1, [1]), "k_small": text(MINK - 1, [1]), "count": "3 1\n1 2\n",
           "double_space": "2 1\n1  2\n", "leading_zero": "2 1\n01 2\n", "minus_zero": "2 1\n-0 2\n",
           "zero_n": "0 1\n\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
