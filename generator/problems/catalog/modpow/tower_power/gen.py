"""Test generator for modpow.tower_power: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxv. Modes: sample, small, list queries=a:b:c,..., random, multiples (a a multiple of p and/or
b a multiple of p - 1: where reducing the exponent needs care), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXV = int(opts["maxt"]), int(opts["maxv"])
P = 10 ** 9 + 7
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in queries)


def tricky():
    a = P * rng.randint(1, MAXV // P) if rng.random() < 0.6 else rng.randint(0, MAXV)
    b = (P - 1) * rng.randint(1, MAXV // (P - 1)) if rng.random() < 0.6 else rng.choice([0, rng.randint(0, MAXV)])
    return a, b, rng.choice([0, 1, rng.randint(1, MAXV)])


if mode == "sample":
    queries = [(rng.randint(2, 5), rng.randint(2, 3), rng.randint(1, 2)), (rng.randint(2, 9), rng.randint(10, 99), rng.randint(10, 99)),
               (rng.randint(2, 9), 0, rng.randint(1, 9))]
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    out = render([(rng.choice([0, 1, P, rng.randint(0, 50)]), rng.choice([0, 1, P - 1, rng.randint(0, 50)]), rng.randint(0, 6))
                  for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([tuple(rng.randint(0, MAXV) for _ in range(3)) for _ in range(rng.randint(100, MAXT))])
elif mode == "multiples":
    out = render([tricky() for _ in range(MAXT)])
elif mode == "max":
    out = render([tuple(rng.randint(MAXV - MAXV // 10, MAXV) for _ in range(3)) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "negative": "2\n2 3 4\n-2 3 4\n", "too_big": f"1\n2 {MAXV + 1} 3\n", "too_many": render([(2, 3, 4)] * (MAXT + 1)),
        "two_numbers": "1\n2 3\n", "leading_zero": "1\n02 3 4\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
