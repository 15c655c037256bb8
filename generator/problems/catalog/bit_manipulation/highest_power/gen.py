"""Test generator for bit_manipulation.highest_power: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxv. Modes: sample, small, list values=a,b,..., last_small (the last amount below Q), random,
below_powers (2^k - 1, 2^k and 2^k + 1 for large k, where floating-point log2 rounds up), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
TOPK = MAXV.bit_length() - 1
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


def near_power():
    k = rng.randint(1, TOPK)
    return max(1, min(MAXV, (1 << k) + rng.choice([-1, -1, -rng.randint(1, 100), 0, 1])))


if mode == "sample":
    out = render([rng.randint(3, 30), 1 << rng.randint(2, 6), rng.randint(100, 1000)])
elif mode == "small":
    hi = rng.choice([20, 5000, MAXV])
    out = render([rng.randint(1, hi) if rng.random() < 0.7 else near_power() for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "last_small":
    # 3 to 10 amounts, the last one smaller than Q (a reader taking the wrong number for Q stops short)
    q = rng.randint(3, 10)
    values = [rng.randint(1, rng.choice([20, 5000, MAXV])) if rng.random() < 0.6 else near_power() for _ in range(q - 1)]
    out = render(values + [rng.randint(1, q - 1)])
elif mode == "random":
    out = render([rng.randint(1, rng.choice([255, 1 << 40, MAXV])) for _ in range(rng.randint(100, MAXQ // 10))])
elif mode == "below_powers":
    out = render([near_power() for _ in range(rng.randint(500, 3000))])
elif mode == "max":
    out = render([near_power() if i % 2 else rng.randint(1, MAXV) for i in range(MAXQ)])
elif mode == "invalid":
    out = {
        "zero": "2\n5\n0\n", "too_big": f"1\n{MAXV + 1}\n", "too_few": "3\n4\n6\n", "leading_zero": "1\n08\n",
        "negative": "1\n-4\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
