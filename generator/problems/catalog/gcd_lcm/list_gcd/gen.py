"""Test generator for gcd_lcm.list_gcd: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxv. Modes: sample, small, list values=a,b,..., random, triples (lists whose numbers share
factors pairwise but not all together), max g=G (long lengths, common length G), invalid kind=...
"""
import random
import sys
from functools import reduce
from math import gcd

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def multiples(g, n, lo, hi):
    return [g * rng.randint(max(1, lo // g), hi // g) for _ in range(n)]


if mode == "sample":
    # redrawn until neither the smallest gcd of neighbours nor gcd(min, max) is the gcd of all the lengths
    g = rng.randint(2, 12)
    while True:
        a = multiples(g, rng.randint(3, 5), g, 12 * g)
        every = reduce(gcd, a)
        if every not in (min(gcd(x, y) for x, y in zip(a, a[1:])), gcd(min(a), max(a))):
            break
    out = render(a)
elif mode == "small":
    hi = rng.choice([12, 60, 200])
    g = rng.choice([1, 1, 2, 3, 5])
    out = render(multiples(g, rng.randint(1, 8), 1, hi))
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "random":
    g = rng.choice([1, rng.randint(2, 1000), rng.randint(1000, MAXV // 1000)])
    out = render(multiples(g, rng.randint(100, MAXN // 10), 1, MAXV))
elif mode == "triples":  # p*q, q*r, r*p, ... times a common g: every pair shares a factor, all share only g
    values = []
    g = rng.randint(1, 50)
    primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31]
    while len(values) < 3000:
        p, q, r = rng.sample(primes, 3)
        values += [g * p * q, g * q * r, g * r * p]
    out = render(values)
elif mode == "max":
    g = int(opts["g"])
    out = render(multiples(g, MAXN, MAXV - MAXV // 10, MAXV))
elif mode == "invalid":
    out = {
        "zero": "3\n4 0 8\n", "too_big": f"2\n{MAXV + 1} 2\n", "too_few": "3\n4 6\n", "two_lines": "2\n4\n6\n",
        "double_space": "2\n4  6\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
