"""Test generator for bit_manipulation.popcount: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxv. Modes: sample, small, list values=a,b,..., random, high (codes at and above 2^32 and 2^59, where
32-bit and 59-bit loops lose ones), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


def high_code():
    """A code with bits above 32 set; often bit 59 too (2^59 <= 10^18)."""
    return rng.choice([rng.randint(1 << 32, MAXV), rng.randint(1 << 59, MAXV), (1 << 59) + rng.randint(0, 1 << 20)])


if mode == "sample":
    out = render([rng.randint(1, 100) for _ in range(rng.randint(3, 4))] + [rng.randint(1000, 5000)])
elif mode == "small":
    hi = rng.choice([15, 1000, MAXV])
    out = render([rng.randint(0, hi) for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    out = render([rng.randint(0, rng.choice([255, 1 << 31, MAXV])) for _ in range(rng.randint(100, MAXQ // 10))])
elif mode == "high":
    out = render([high_code() for _ in range(rng.randint(100, 1000))])
elif mode == "max":
    out = render([high_code() if rng.random() < 0.5 else rng.randint(0, MAXV) for _ in range(MAXQ)])
elif mode == "invalid":
    out = {
        "negative": "2\n5\n-3\n", "too_big": f"1\n{MAXV + 1}\n", "too_few": "3\n4\n6\n", "leading_zero": "1\n07\n",
        "two_per_line": "2\n4 6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
