"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, skewed, max_random, far_ends,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample1":  # an even count: every point between the two middle ones is best, the smaller one is printed;
    # one far outlier pulls the average away from the best point
    a = sorted(rng.sample(range(1, 30), 3))
    values = a + [a[2] + rng.randint(1, 5), 1000, -rng.randint(1, 9)]
    rng.shuffle(values)
    out = text(values)
elif mode == "sample2":
    out = text([rng.randint(-20, 20) for _ in range(2 * rng.randint(1, 3) + 1)])  # an odd count
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([3, 100, MAXV]))
    out = text([rng.randint(-cap, cap) for _ in range(n)])
elif mode == "fixed":
    out = text({"one": [-MAXV], "two": [MAXV, -MAXV], "equal": [4] * 6, "two_groups": [1, 1, 1, 9, 9, 9],
                "outlier": [0, 1, 2, MAXV]}[opts["case"]])
elif mode == "skewed":  # most points on the left, a few far to the right: the average is far from the median
    out = text([rng.randint(-MAXV, -MAXV + 100) for _ in range(MAXN - 100)] + [MAXV] * 100)
elif mode == "far_ends":  # half at each end: the sum needs 64 bits
    low = MAXN // 2 - rng.randint(0, 5)  # seeded split and order (each problem its own test)
    points = [-MAXV] * low + [MAXV] * (MAXN - low)
    rng.shuffle(points)
    out = text(points)
elif mode == "max_random":
    out = text([rng.randint(-MAXV, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([0] * (MAXN + 1)), "too_big": text([MAXV + 1]), "too_small": text([-MAXV - 1]),
           "missing": "3\n1 2\n", "double_space": "2\n1  2\n", "leading_zero": "2\n01 2\n",
           "minus_zero": "2\n-0 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
