"""Test generator for bit_manipulation.pair_xor_sum: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list values=a,b,..., random, high (many codes with the top bit 19 set),
max [split=1: half the codes at and above 2^19, the largest answer], invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
TOP = 1 << (MAXV.bit_length() - 1)  # the highest bit a code can have (2^19 for 10^6)
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample":
    out = render([rng.randint(0, 15) for _ in range(rng.randint(3, 5))])
elif mode == "small":
    hi = rng.choice([1, 7, 1000, MAXV])
    out = render([rng.randint(0, hi) for _ in range(rng.randint(1, 9))])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    hi = rng.choice([255, 65535, MAXV])
    out = render([rng.randint(0, hi) for _ in range(rng.randint(100, MAXN // 10))])
elif mode == "high":
    out = render([rng.randint(TOP, MAXV) if rng.random() < 0.5 else rng.randint(0, TOP - 1)
                  for _ in range(rng.randint(500, 5000))])
elif mode == "max":
    if opts.get("split") == "1":
        out = render([rng.randint(TOP, MAXV) if i % 2 else rng.randint(0, TOP - 1) ^ rng.randint(0, TOP - 1)
                      for i in range(MAXN)])
    else:
        out = render([rng.randint(0, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    out = {
        "negative": "3\n4 -1 8\n", "too_big": f"2\n{MAXV + 1} 2\n", "too_few": "3\n4 6\n", "two_lines": "2\n4\n6\n",
        "zero_n": "0\n\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
