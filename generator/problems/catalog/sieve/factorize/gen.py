"""Test generator for sieve.factorize: python gen.py SEED MODE [key=value ...] prints one input "N".

Params: maxn. Modes: sample kind=leftover|square, small hi=.., random, value n=.., top (N = maxn), semiprime (two primes near
sqrt(maxn)), prime_times k=.. (k times a prime above sqrt(N / k)), big_prime (largest prime <= maxn),
prime_square (square of the largest prime <= sqrt(maxn)), invalid kind=...
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


def prime_at_most(n):
    while not is_prime(n):
        n -= 1
    return n


def largest_prime_squared(n):
    """Whether the largest prime factor p of n divides it exactly twice: trial division then reaches a rest of p * p
    and must go on while d * d <= the rest, or p * p is taken for a prime."""
    p = max(q for q in range(2, n + 1) if n % q == 0 and is_prime(q))
    return n % (p * p) == 0 and n % (p * p * p) != 0


def prime_left_over(n):
    """Whether a prime is left over once trial division stops at d * d > the rest (it must be printed too)."""
    d = 2
    while d * d <= n:
        while n % d == 0:
            n //= d
        d += 1
    return n > 1


if mode == "sample":  # a composite with at least two different primes, so the sample shows the format
    # kind=square: its largest prime divides it twice or more; kind=leftover: a prime is left over after the loop
    telling = largest_prime_squared if opts.get("kind") == "square" else prime_left_over
    n = rng.randint(12, 1000)
    while sum(1 for p in range(2, n + 1) if n % p == 0 and is_prime(p)) < 2 or not telling(n):
        n = rng.randint(12, 1000)
    out = n
elif mode == "small":
    out = rng.randint(1, int(opts["hi"]))
elif mode == "random":
    out = rng.randint(MAXN // 2, MAXN)
elif mode == "value":
    out = int(opts["n"])
elif mode == "top":
    out = MAXN
elif mode == "semiprime":
    r = isqrt(MAXN)
    p = prime_at_most(r - rng.randint(0, 50))
    q = prime_at_most(MAXN // p)
    out = p * q
elif mode == "prime_times":
    k = int(opts["k"])
    out = k * prime_at_most(MAXN // k - rng.randint(0, 1000))
elif mode == "big_prime":
    out = prime_at_most(MAXN)
elif mode == "prime_square":
    out = prime_at_most(isqrt(MAXN)) ** 2
elif mode == "invalid":
    out = {"zero": "0", "too_big": str(MAXN + 1), "two_numbers": "12 18", "negative": "-7",
           "leading_zero": "012", "letter": "1O0"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(f"{out}\n")
