"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=short|long, random lo= hi= [cap=], fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample":
    n = rng.randint(4, 5) if opts["kind"] == "short" else rng.randint(7, 8)
    out = text(rng.sample(range(1, 50), n))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([3, 100, MAXV]))
    out = text([rng.randint(1, min(cap, MAXV)) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text([MAXV]), "two": text([1, 2]), "three": text([3, 2, 1]), "equal": text([5] * 6),
           "power_of_two": text(list(range(1, 9)))}[opts["case"]]
elif mode == "max":
    if opts["kind"] == "increasing":
        start = rng.randint(1, max(1, min(1000, MAXV - MAXN + 1)))  # seeded (each problem its own test)
        out = text(list(range(start, start + MAXN)))
    else:
        out = text([rng.randint(1, MAXV) for _ in range(MAXN - rng.randint(0, 3))])
elif mode == "invalid":
    out = {"too_many": text([1] * (MAXN + 1)), "too_big": text([MAXV + 1]), "zero_value": text([0, 1]),
           "count": "3\n1 2\n", "double_space": "2\n1  2\n", "leading_zero": "2\n01 2\n",
           "zero_n": "0\n\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
