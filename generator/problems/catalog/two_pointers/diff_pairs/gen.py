"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_dense, max_random,
max_progression, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def increasing(n, cap):
    return sorted(rng.sample(range(1, cap + 1), n))


if mode == "sample1":  # a chain x, x+K, x+2K plus distractors, a pair ending at the last value
    k = rng.randint(2, 5)
    x = rng.randint(1, 5)
    values = {x, x + k, x + 2 * k, x + 2 * k + rng.randint(1, k - 1) if k > 1 else x + 2 * k + 7}
    last = max(values) + rng.randint(1, 4)
    values |= {last, last - k}
    out = text(k, sorted(values))
elif mode == "sample2":  # no pair differs by exactly K
    values = sorted(rng.sample(range(1, 30), 5))
    gaps = {b - a for i, a in enumerate(values) for b in values[i + 1:]}
    k = min(d for d in range(1, 40) if d not in gaps)
    out = text(k, values)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = max(n, min(MAXV, int(opts.get("cap") or rng.choice([2 * n, 3 * n + 5, MAXV]))))
    values = increasing(n, cap)
    if n >= 2 and rng.random() < 0.85:
        i, j = sorted(rng.sample(range(n), 2))
        k = values[j] - values[i]
    else:
        k = rng.randint(1, max(1, min(MAXV, cap)))
    out = text(k, values)
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(1, [5]), "consecutive": text(1, [3, 4, 5, 6, 7, 8]), "last_pair": text(4, [1, 3, 8, 12]),
           "none": text(3, [1, 2, 6, 7, 11]), "extremes": text(MAXV - 1, [1, 2, MAXV]),
           "chain": text(2, [1, 2, 3, 5, 7, 8, 10])}[case]
elif mode == "max_dense":  # values from a narrow range: about half of them have a partner
    out = text(rng.randint(1, 5), increasing(MAXN, 2 * MAXN))
elif mode == "max_random":
    values = increasing(MAXN, MAXV)
    i = rng.randrange(MAXN - 1)
    out = text(values[i + 1] - values[i], values)
elif mode == "max_progression":  # an arithmetic progression: every neighbour pair counts
    d = rng.randint(1, MAXV // MAXN - 1)
    start = rng.randint(1, MAXV - d * (MAXN - 1))
    out = text(d, [start + d * i for i in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"not_increasing": "3 1\n1 2 2\n", "zero_k": "2 0\n1 2\n", "too_big": text(1, [1, MAXV + 1]),
           "zero_n": "0 1\n\n", "missing": "3 1\n1 2\n", "double_space": "2 1\n1  2\n",
           "leading_zero": "2 1\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
