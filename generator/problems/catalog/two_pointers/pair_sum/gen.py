"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, maxx. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_equal, max_random,
max_dups, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MAXX = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxx"])
rng = random.Random(seed)


def text(x, values):
    return f"{len(values)} {x}\n" + " ".join(map(str, values)) + "\n"


def with_target(values):
    """A target that some pair actually hits (most of the time), from two random positions."""
    values = sorted(values)
    if len(values) >= 2 and rng.random() < 0.85:
        i, j = rng.sample(range(len(values)), 2)
        return text(values[i] + values[j], values)
    return text(rng.randint(2, 2 * max(values)), values)


if mode == "sample1":  # runs of equal values on both sides and a middle run that pairs with itself
    h = rng.randint(3, 9)
    d1, d2 = rng.randint(1, h - 1), rng.randint(1, h - 1)
    values = sorted([h - d1, h - d1, h, h, h + d1, h + d2, 2 * h + 5][:rng.randint(6, 7)])
    out = text(2 * h, values)
elif mode == "sample2":  # no pair at all
    values = sorted(rng.sample(range(1, 40), 5))
    x = 2 * values[-1] + rng.randint(1, 5)
    out = text(x, values)
elif mode == "random":
    cap = int(opts.get("cap") or rng.choice([3, 10, 50, MAXV]))
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = with_target([rng.randint(1, min(cap, MAXV)) for _ in range(n)])
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(2, [1]), "two_equal": text(2 * MAXV, [MAXV, MAXV]), "all_equal": text(10, [5] * 9),
           "none": text(MAXX, [1, 2, 3, 4]), "runs": text(6, [1, 1, 1, 3, 3, 5, 5, 5, 5]),
           "extremes": text(MAXV + 1, [1, 1, MAXV // 2, MAXV, MAXV])}[case]
elif mode == "max_equal":  # every pair counts: the answer needs 64 bits
    v = rng.randint(1, MAXV)
    out = text(2 * v, [v] * MAXN)
elif mode == "max_random":
    out = with_target([rng.randint(1, MAXV) for _ in range(MAXN)])
elif mode == "max_high":  # values in the top tenth: X = a_i + a_j near its bound, past 32 bits
    values = sorted(rng.randint(MAXV - MAXV // 10, MAXV) for _ in range(MAXN))
    i, j = sorted(rng.sample(range(MAXN), 2))
    out = text(values[i] + values[j], values)
elif mode == "max_dups":  # long runs on both sides
    values = sorted(rng.randint(1, 20) for _ in range(MAXN))
    out = text(21, values)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"not_sorted": "3 5\n1 3 2\n", "zero_n": "0 5\n\n", "too_big": text(4, [1, MAXV + 1]),
           "x_too_big": text(MAXX + 1, [1, 2]), "missing": "3 4\n1 2\n", "double_space": "2 3\n1  2\n",
           "leading_zero": "2 3\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
