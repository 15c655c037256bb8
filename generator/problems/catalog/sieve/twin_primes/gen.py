"""Test generator for sieve.twin_primes: python gen.py SEED MODE [key=value ...] prints one input "N".

Params: maxn. Modes: sample (N just below a twin pair's larger prime), small hi=.., random [near=1: N in the top 1% of the range], value n=.., top
(N = maxn), twin_end shift=s (N = q - s for the largest twin pair (p, q) with q <= maxn: shift=1 cuts that pair
off), square_end size=small|large (N = p * p with p * p - 2 prime), invalid kind=...
"""
import random
import sys
from math import isqrt

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def is_prime(n):
    return n >= 2 and all(n % d for d in range(2, isqrt(n) + 1))


if mode == "sample":
    # N is the smaller prime of a twin pair or one more: that pair's larger prime is past N and does not count
    q = rng.randint(22, 400)
    while not (is_prime(q) and is_prime(q - 2)):
        q += 1
    out = q - rng.choice([1, 2])
elif mode == "small":
    out = rng.randint(1, int(opts["hi"]))
elif mode == "random":
    out = rng.randint(MAXN - MAXN // 100 if opts.get("near") else MAXN // 2, MAXN)
elif mode == "value":
    out = int(opts["n"])
elif mode == "top":
    out = MAXN
elif mode == "twin_end":
    q = MAXN
    while not (is_prime(q) and is_prime(q - 2)):
        q -= 1
    out = q - int(opts["shift"])
elif mode == "square_end":
    # N = p * p for a prime p with p * p - 2 prime: a sieve that stops before i * i == N leaves N marked prime and
    # counts (p * p - 2, p * p) as a twin pair; size=small takes 5 <= p <= 19, size=large the upper half of the roots
    roots = [p for p in range(2, isqrt(MAXN) + 1) if is_prime(p) and is_prime(p * p - 2)]
    if opts.get("size") == "small":
        roots = [p for p in roots if 5 <= p <= 19]
    else:
        roots = [p for p in roots if p * 2 > roots[-1]]
    out = rng.choice(roots) ** 2
elif mode == "invalid":
    out = {"zero": "0", "too_big": str(MAXN + 1), "two_numbers": "10 20", "negative": "-5",
           "leading_zero": "010", "letter": "1O"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(f"{out}\n")
