"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, all_equal, increasing,
decreasing, valley, max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample1":  # a repeated minimum: a block containing both copies must be counted once
    m = rng.randint(1, 4)
    values = [rng.randint(m + 1, 20) for _ in range(rng.randint(3, 5))]
    i, j = sorted(rng.sample(range(len(values) + 2), 2))
    values.insert(i, m)
    values.insert(j, m)
    out = text(values)
elif mode == "sample2":
    out = text([rng.randint(1, 9) for _ in range(rng.randint(3, 5))])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([3, 100, MAXV]))
    out = text([rng.randint(1, min(cap, MAXV)) for _ in range(n)])
elif mode == "fixed":
    out = text({"one": [MAXV], "one_small": [1], "two_equal": [5, 5], "three_equal": [2, 2, 2],
                "up": [1, 2, 3, 4], "down": [4, 3, 2, 1], "hill": [1, 5, 1], "ties_apart": [3, 1, 2, 1, 3]}[opts["case"]])
elif mode == "all_equal":  # every block ties: double counting or undercounting of ties is maximal
    out = text([rng.randint(MAXV - MAXV // 100, MAXV)] * MAXN)  # seeded common value (each problem its own)
elif mode == "increasing":  # the stack only grows
    out = text(sorted(rng.randint(1, MAXV) for _ in range(MAXN)))
elif mode == "decreasing":  # every element pops the whole stack
    out = text(sorted((rng.randint(1, MAXV) for _ in range(MAXN)), reverse=True))
elif mode == "valley":
    half, top = MAXN // 2, MAXV - rng.randint(0, max(0, min(1000, MAXV - MAXN)))  # seeded top (each its own)
    out = text(list(range(top, top - half, -1)) + list(range(top - MAXN + half + 1, top + 1)))
elif mode == "max_random":
    cap = int(opts.get("cap", MAXV))
    out = text([rng.randint(1, cap) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([1] * (MAXN + 1)), "too_big": text([MAXV + 1]), "zero": text([3, 0, 2]),
           "negative": text([-1]), "missing": "3\n1 2\n", "double_space": "2\n1  2\n", "leading_zero": "2\n01 2\n",
           "zero_n": "0\n\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
