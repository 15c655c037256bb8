"""Test generator for gcd_lcm.from_gcd_lcm: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxv. Modes: sample [impossible=1 | split=1 (L/G = 2310 or 2730)], small, list g=G l=L, random, square
(L/G a perfect square of a product of two primes), max name=prime|smooth, invalid kind=...
"""
import random
import sys
from math import gcd

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXV = int(opts["maxv"])
rng = random.Random(seed)
PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]


def coprime_pair(hi):
    while True:
        a, b = rng.randint(1, hi), rng.randint(1, hi)
        if gcd(a, b) == 1 and a != b:
            return a, b


if mode == "sample" and opts.get("impossible") == "1":  # L is not a multiple of G: no pair, -1
    g = rng.randint(4, 12)
    out = f"{g} {g * rng.randint(2, 9) + rng.randint(1, g - 1)}\n"
elif mode == "sample" and opts.get("split") == "1":
    # L/G = 2310 = 2*3*5*7*11 or 2730 = 2*3*5*7*13, the only values below 4000 where handing the prime powers out
    # largest first to the smaller side (wa_greedy_split) misses the best split (35*66 vs 42*55, 39*70 vs 42*65);
    # larger ones would make the brute force over all multiple pairs too slow for a sample
    g = rng.randint(2, 9)
    out = f"{g} {g * rng.choice([2310, 2730])}\n"
elif mode == "sample":
    # L/G = a*b*c: several splits, only some coprime; redrawn until the split closest to sqrt(L/G) is not coprime
    g = rng.randint(2, 12)
    while True:
        a, b = coprime_pair(12)
        k = a * b * rng.choice([2, 3, 4])
        near = max(d for d in range(1, int(k ** 0.5) + 1) if k % d == 0)
        if gcd(near, k // near) > 1:
            break
    out = f"{g} {g * k}\n"
elif mode == "small":
    g = rng.randint(1, 12)
    l = g * rng.randint(1, 300 // g)
    if rng.random() < 0.2:
        l = rng.randint(g, 300)
    out = f"{g} {l}\n"
elif mode == "list":
    out = f"{opts['g']} {opts['l']}\n"
elif mode == "random":
    g = rng.choice([1, rng.randint(2, 1000), rng.randint(1000, 10**6)])
    k = 1
    while True:  # a product of small prime powers below the bound
        p = rng.choice(PRIMES) ** rng.randint(1, 3)
        if g * k * p > MAXV:
            break
        k *= p
    out = f"{g} {g * k}\n" if rng.random() < 0.8 else f"{g} {g * k + 1}\n"
elif mode == "square":
    p, q = rng.sample(PRIMES[3:], 2)
    g = rng.randint(1, 1000)
    out = f"{g} {g * (p * q) ** 2}\n"
elif mode == "max":
    out = {"prime": f"1 {999999999989}\n", "smooth": f"1 {963761198400}\n"}[opts["name"]]
elif mode == "invalid":
    out = {"zero": "0 12\n", "too_big": f"1 {MAXV + 1}\n", "one_number": "12\n", "two_lines": "2\n12\n",
           "negative": "-2 12\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
