"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=] [k=], fixed case=, increasing, max_random k=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def draw(cap):
    return rng.randint(0, min(cap, MAXV))


if mode == "sample1":  # K = 3: -1 twice, then the third largest moves as bigger and smaller values arrive
    base = sorted(rng.sample(range(1, 60), 7))
    order = [base[3], base[1], base[5], base[0], base[6], base[2], base[4]]
    out = text(3, order)
elif mode == "sample2":  # repeated values count separately
    v = rng.randint(1, 20)
    out = text(2, [v, v + 3, v, v + 3, v - 1])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = int(opts.get("k") or rng.randint(1, max(1, min(n, int(opts.get("kmax", n))))))
    cap = int(opts.get("cap") or rng.choice([2, 10, MAXV]))
    out = text(k, [draw(cap) for _ in range(n)])
elif mode == "fixed":
    out = {"one_k1": text(1, [0]), "two_k2": text(2, [MAXV, 0]), "k_equals_n": text(4, [4, 3, 2, 1]),
           "all_equal": text(3, [5] * 6), "k1_down": text(1, [4, 3, 2, 1, 0])}[opts["case"]]
elif mode == "increasing":  # every new value enters the top K
    k = int(opts["k"])
    start = rng.randint(0, min(1000, MAXV - MAXN + 1))  # seeded: each problem its own test
    out = text(k, list(range(start, start + MAXN)))
elif mode == "max_random":
    out = text(int(opts["k"]), [draw(MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(1, [1] * (MAXN + 1)), "k_zero": text(0, [1, 2]), "k_big": text(3, [1, 2]),
           "too_big": text(1, [MAXV + 1]), "too_small": text(1, [-1]), "missing": "3 1\n1 2\n",
           "double_space": "2 1\n1  2\n", "leading_zero": "2 1\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
