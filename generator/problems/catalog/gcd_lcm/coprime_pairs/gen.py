"""Test generator for gcd_lcm.coprime_pairs: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list values=a,b,..., random, smooth (products of small primes, where
divisors of several primes matter), max kind=uniform|ones|even, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)
PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23]


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def smooth(hi):
    v = 1
    while True:
        p = rng.choice(PRIMES)
        if v * p > hi or rng.random() < 0.15:
            return v
        v *= p


if mode == "sample":
    values = [rng.randint(2, 30) for _ in range(rng.randint(4, 6))]
    values[rng.randrange(len(values))] = rng.choice([6, 10, 12, 15])
    out = render(values)
elif mode == "small":
    hi = rng.choice([10, 40, 300])
    n = rng.randint(1, 10)
    out = render([smooth(hi) if rng.random() < 0.5 else rng.randint(1, hi) for _ in range(n)])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    out = render([rng.randint(1, MAXV) for _ in range(rng.randint(1000, MAXN // 4))])
elif mode == "smooth":
    out = render([smooth(MAXV) for _ in range(MAXN // 2)])
elif mode == "max":
    kind = opts["kind"]
    if kind == "uniform":
        values = [rng.randint(1, MAXV) for _ in range(MAXN)]
    elif kind == "ones":  # many ones: every pair with a one is coprime
        values = [1 if rng.random() < 0.3 else rng.randint(1, MAXV) for _ in range(MAXN)]
    else:  # mostly even: few coprime pairs
        values = [2 * rng.randint(1, MAXV // 2) if rng.random() < 0.95 else rng.randint(1, MAXV) for _ in range(MAXN)]
    out = render(values)
elif mode == "invalid":
    out = {
        "zero": "3\n4 0 8\n", "too_big": f"2\n{MAXV + 1} 2\n", "too_few": "3\n4 6\n", "two_lines": "2\n4\n6\n",
        "too_many": render([1] * (MAXN + 1)),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
