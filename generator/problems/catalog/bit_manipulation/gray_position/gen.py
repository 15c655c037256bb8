"""Test generator for bit_manipulation.gray_position: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxv. Modes: sample, small (codes below 2^10, the brute force walks the positions), list values=...,
random, high (codes with bits above 32 set), max, invalid kind=...
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
    return rng.choice([rng.randint(1 << 33, MAXV), rng.randint(1 << 59, MAXV), rng.randint(1 << 32, 1 << 36)])


if mode == "sample":
    out = render(rng.sample(range(2, 16), 3) + [rng.randint(16, 200)])
elif mode == "small":
    out = render([rng.randint(0, rng.choice([7, 1023])) for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    out = render([rng.randint(0, rng.choice([255, 1 << 31, MAXV])) for _ in range(rng.randint(100, MAXQ // 10))])
elif mode == "high":
    out = render([high_code() for _ in range(rng.randint(100, 2000))])
elif mode == "max":
    out = render([high_code() if i % 2 else rng.randint(0, MAXV) for i in range(MAXQ)])
elif mode == "invalid":
    out = {
        "negative": "2\n5\n-3\n", "too_big": f"1\n{MAXV + 1}\n", "too_few": "3\n4\n6\n", "leading_zero": "1\n07\n",
        "two_per_line": "2\n4 6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
