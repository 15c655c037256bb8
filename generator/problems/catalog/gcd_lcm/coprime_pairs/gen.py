"""Test generator for gcd_lcm.coprime_pairs: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample [ones=1], small, list values=a,b,..., random, smooth (products of small primes, where
divisors of several primes matter), max kind=uniform|ones|even, invalid kind=...
"""
import random
import sys
from math import gcd

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


def two_primes(g):
    """Whether g has at least two different prime factors."""
    return sum(all(p % q for q in range(2, p)) and g % p == 0 for p in range(2, g + 1)) >= 2


if mode == "sample":
    # redrawn until two values share two primes (such as 12 and 30): subtracting the pairs that share each prime
    # once would take that pair off twice
    while True:
        values = [rng.randint(2, 30) for _ in range(rng.randint(4, 6))]
        values[rng.randrange(len(values))] = rng.choice([6, 10, 12, 15])
        if any(two_primes(gcd(x, y)) for i, x in enumerate(values) for y in values[i + 1:]):
            break
    if opts.get("ones") == "1":  # two or three ones: each two of them form a coprime pair, gcd(1, 1) = 1
        for i in rng.sample(range(len(values)), rng.randint(2, 3)):
            values[i] = 1
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
