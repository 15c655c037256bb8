"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=] [k=], fixed case=, max_equal, max_wide,
max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def palette(size):
    """`size` different values spread over the whole range, so solvers cannot index an array by value."""
    return rng.sample(range(1, MAXV + 1), size)


if mode == "sample1":  # K = 2 over three small values, each present, in a shuffled order with repeats
    a, b, c = rng.sample(range(1, 10), 3)
    values = [a, a, b, c] + [rng.choice([a, b, c]) for _ in range(rng.randint(1, 2))]
    rng.shuffle(values)
    out = text(2, values)
elif mode == "sample2":  # K = 3 with a value that returns after leaving
    a, b, c = rng.sample(range(1, 20), 3)
    out = text(3, [a, b, a, c, b][:5] + [rng.choice([a, b, c])])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([2, 3, 5, n, MAXV]))
    p = palette(max(1, min(cap, n)))
    values = [rng.choice(p) for _ in range(n)]
    k = int(opts.get("k") or rng.choice([1, 2, 3, rng.randint(1, n)]))
    out = text(min(k, n), values)
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(1, [7]), "k_too_many": text(3, [4, 9, 4, 9]), "all_equal_k1": text(1, [3] * 6),
           "all_distinct_kn": text(5, [5, 4, 3, 2, 1]), "returning": text(2, [1, 2, 1, 3, 3, 1, 2, 2]),
           "big_values": text(2, [MAXV, 1, MAXV, MAXV - 1, 1])}[case]
elif mode == "max_equal":  # K = 1, one value: every block counts, about 2e10 of them; a scan per start is N^2/2
    out = text(1, [rng.randint(1, MAXV)] * MAXN)
elif mode == "max_wide":  # many values and a large K: valid blocks are thousands long
    p = palette(2000)
    out = text(1500, [rng.choice(p) for _ in range(MAXN)])
elif mode == "max_random":
    p = palette(50)
    out = text(rng.randint(10, 40), [rng.choice(p) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"k_too_big": "2 3\n1 2\n", "zero_k": "2 0\n1 2\n", "value_too_big": text(1, [1, MAXV + 1]),
           "missing": "3 2\n1 2\n", "double_space": "2 1\n1  2\n", "leading_zero": "2 1\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
