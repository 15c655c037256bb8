"""Test generator for gcd_lcm.fraction_sum: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxv. Modes: sample, small, list sums=a:b:c:d,..., random, shared (denominators and numerators
with large common factors, so the sum reduces a lot), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXV = int(opts["maxt"]), int(opts["maxv"])
rng = random.Random(seed)


def render(sums):
    return f"{len(sums)}\n" + "".join(" ".join(map(str, s)) + "\n" for s in sums)


def shared(hi):
    """Two fractions whose sum reduces: b = g·u, d = g·v, and numerators chosen so a·v + c·u shares factors."""
    g = rng.randint(2, max(2, hi // 1000))
    u, v = rng.randint(1, max(1, hi // g)), rng.randint(1, max(1, hi // g))
    h = rng.randint(1, 30)
    a = h * rng.randint(1, max(1, hi // h // 2))
    c = h * rng.randint(1, max(1, hi // h // 2))
    return a, g * u, c, g * v


if mode == "sample":
    b = rng.choice([4, 6, 8, 10, 12])
    first = (rng.randint(1, b - 1), b, rng.randint(1, b - 1), b // 2)
    second = (rng.randint(1, 9), rng.randint(2, 9), rng.randint(1, 9), rng.randint(2, 9))
    k = rng.randint(2, 9)
    third = (1, k, k - 1, k)  # sums to exactly 1
    sums = [first, second, third]
    rng.shuffle(sums)
    out = render(sums)
elif mode == "small":
    hi = rng.choice([6, 20, 100])
    out = render([tuple(rng.randint(1, hi) for _ in range(4)) for _ in range(rng.randint(1, 10))])
elif mode == "list":
    out = render([tuple(map(int, s.split(":"))) for s in opts["sums"].split(",")])
elif mode == "random":
    out = render([shared(MAXV) if rng.random() < 0.5 else tuple(rng.randint(1, MAXV) for _ in range(4))
                  for _ in range(rng.randint(50, MAXT))])
elif mode == "shared":
    out = render([shared(MAXV) for _ in range(MAXT)])
elif mode == "max":
    out = render([tuple(rng.randint(MAXV - MAXV // 10, MAXV) for _ in range(4)) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "zero": "2\n1 2 1 3\n1 0 2 3\n", "too_big": f"1\n1 {MAXV + 1} 1 2\n", "too_many": render([(1, 2, 1, 3)] * (MAXT + 1)),
        "three_numbers": "1\n1 2 3\n", "slash": "1\n1/2 1/3\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
