"""Test generator for bit_manipulation.range_and: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxv. Modes: sample, small, list pairs=L-R,L-R,..., random, prefix (long runs under a long common
binary prefix, so the answer is large and a loop over the run is hopeless), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def render(pairs):
    return f"{len(pairs)}\n" + "".join(f"{l} {r}\n" for l, r in pairs)


def ordered(a, b):
    return (min(a, b), max(a, b))


def under_prefix(low_bits):
    """A run whose codes share every bit from `low_bits` up (a random high prefix), so the AND keeps that prefix."""
    prefix = rng.randint(1, MAXV >> low_bits) << low_bits
    top = min((1 << low_bits) - 1, MAXV - prefix)
    return ordered(prefix + rng.randint(0, top), prefix + rng.randint(0, top))


if mode == "sample":
    base = rng.randint(2, 12) * 8
    out = render([(base + 1, base + rng.randint(3, 7)), ordered(rng.randint(8, 40), rng.randint(8, 40)),
                  (rng.randint(4, 9), rng.randint(17, 40))])
elif mode == "small":
    pairs = []
    for _ in range(rng.randint(1, 8)):
        low = rng.choice([rng.randint(0, 64), rng.randint(0, MAXV - 600)])
        pairs.append((low, low + rng.choice([0, rng.randint(0, 8), rng.randint(0, 500)])))
    out = render(pairs)
elif mode == "list":
    out = render([tuple(map(int, pair.split("-"))) for pair in opts["pairs"].split(",")])
elif mode == "random":
    out = render([ordered(rng.randint(0, MAXV), rng.randint(0, MAXV)) if rng.random() < 0.3
                  else under_prefix(rng.randint(1, 59)) for _ in range(rng.randint(100, MAXQ // 10))])
elif mode == "prefix":
    out = render([under_prefix(rng.randint(20, 40)) for _ in range(rng.randint(500, 2000))])
elif mode == "max":
    out = render([under_prefix(rng.randint(16, 59)) for _ in range(MAXQ)])
elif mode == "invalid":
    out = {
        "reversed": "1\n7 5\n", "too_big": f"1\n3 {MAXV + 1}\n", "negative": "1\n-1 4\n", "too_few": "3\n1 2\n3 4\n",
        "one_number": "1\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
