"""Test generator for sieve.factorize: python gen.py SEED MODE [key=value ...] prints one input "N".

Params: maxn. Modes: sample, small hi=.., random, value n=.., top (N = maxn), semiprime (two primes near
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


if mode == "sample":  # a composite with at least two different primes, so the sample shows the format
    n = rng.randint(12, 1000)
    while sum(1 for p in range(2, n + 1) if n % p == 0 and is_prime(p)) < 2:
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
