"""Test generator for sieve.farey_count: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxn. Modes: sample, small hi=.., random, list values=a,b,..., top (N = maxn once), primes (the
largest primes below maxn, whose totient a sieve stopped at sqrt misses), max name=high|mixed, invalid kind=...
"""
import random
import sys
from math import isqrt

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXN = int(opts["maxq"]), int(opts["maxn"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def is_prime(n):
    return n >= 2 and all(n % d for d in range(2, isqrt(n) + 1))


if mode == "sample":
    out = render([rng.randint(2, 8) for _ in range(rng.randint(2, 3))] + [rng.randint(9, 30)])
elif mode == "small":
    hi = int(opts["hi"])
    out = render([rng.randint(1, hi) for _ in range(rng.randint(1, 10))])
elif mode == "random":
    out = render([rng.randint(1, MAXN) for _ in range(rng.randint(100, 2000))])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "top":
    out = render([MAXN])
elif mode == "primes":
    found, n = [], MAXN
    while len(found) < 20:
        if is_prime(n):
            found.append(n)
        n -= 1
    out = render(found)
elif mode == "max":
    if opts["name"] == "high":
        out = render([MAXN - rng.randint(0, 1000) for _ in range(MAXQ)])
    else:
        out = render([rng.randint(1, MAXN) for _ in range(MAXQ - 1)] + [MAXN])
elif mode == "invalid":
    out = {
        "zero": render([3, 0]), "too_big": render([MAXN + 1]), "too_many": render([1] * (MAXQ + 1)),
        "missing": "3\n4 6\n", "separate_lines": "2\n4\n6\n", "letter": "1\n1O\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
