"""Test generator for gcd_lcm.two_numbers: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxv. Modes: sample, small, list pairs=a:b,..., random, shared (a large common factor), max,
fib (consecutive Fibonacci numbers: Euclid's longest runs), invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXV = int(opts["maxt"]), int(opts["maxv"])
rng = random.Random(seed)


def render(pairs):
    return f"{len(pairs)}\n" + "".join(f"{a} {b}\n" for a, b in pairs)


def with_factor(hi):
    g = rng.randint(1, max(1, hi // 20))
    return g * rng.randint(1, hi // g), g * rng.randint(1, hi // g)


if mode == "sample":
    g = rng.randint(2, 9)
    x, y = rng.randint(2, 6), rng.randint(2, 6)
    while x % y == 0 or y % x == 0:  # neither divides the other, yet they share g: gcd is neither 1 nor the smaller
        x, y = rng.randint(2, 6), rng.randint(2, 6)
    pairs = [(g * x, g * y), (rng.randint(2, 30), rng.randint(2, 30))]
    k = rng.randint(2, 12)
    pairs.append((k, k * rng.randint(2, 5)))
    rng.shuffle(pairs)
    out = render(pairs)
elif mode == "small":
    hi = rng.choice([10, 60, 300])
    out = render([(rng.randint(1, hi), rng.randint(1, hi)) for _ in range(rng.randint(1, 10))])
elif mode == "list":
    out = render([tuple(map(int, p.split(":"))) for p in opts["pairs"].split(",")])
elif mode == "random":
    out = render([with_factor(MAXV) if rng.random() < 0.5 else (rng.randint(1, MAXV), rng.randint(1, MAXV))
                  for _ in range(rng.randint(50, MAXT))])
elif mode == "shared":
    out = render([with_factor(MAXV) for _ in range(MAXT)])
elif mode == "max":
    out = render([(rng.randint(MAXV - MAXV // 10, MAXV), rng.randint(MAXV - MAXV // 10, MAXV)) for _ in range(MAXT)])
elif mode == "fib":
    fib = [1, 2]
    while fib[-1] + fib[-2] <= MAXV:
        fib.append(fib[-1] + fib[-2])
    pairs = []
    for _ in range(MAXT):  # seeded choice among the largest consecutive pairs and their order (each its own test)
        k = rng.randrange(1, min(8, len(fib)))
        pairs.append((fib[-k], fib[-k - 1]) if rng.random() < 0.5 else (fib[-k - 1], fib[-k]))
    out = render(pairs)
elif mode == "invalid":
    out = {
        "zero": render([(4, 6), (0, 5)]), "too_big": render([(MAXV + 1, 2)]), "too_many": render([(2, 3)] * (MAXT + 1)),
        "one_number": "2\n4 6\n8\n", "leading_zero": "1\n04 6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
