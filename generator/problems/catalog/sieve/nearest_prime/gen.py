"""Test generator for sieve.nearest_prime: python gen.py SEED MODE [key=value ...] prints one input "N".

Params: maxn. Modes: sample kind=above|tie, small hi=.., random, value n=.., top (N = maxn), tie (a large N exactly halfway
between two consecutive primes, so the tie rule decides), big_prime (a prime in the top 10^6 below maxn), invalid kind=...
Known: 436273009 and 436273291 are consecutive primes (gap 282), so N = 436273150 is a tie 141 away from both.
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


def tie():
    while True:
        n = rng.randint(MAXN // 2, MAXN - 1000) | 1  # odd: two primes around an odd N can be equally far
        if is_prime(n):
            continue
        below = n - 2
        while not is_prime(below):
            below -= 2
        above = n + 2
        while not is_prime(above):
            above += 2
        if n - below == above - n:
            return n


def neighbours(n):
    below = next((k for k in range(n - 1, 1, -1) if is_prime(k)), None)
    above = next(k for k in range(n + 1, 2 * n + 3) if is_prime(k))
    return below, above


if mode == "sample":
    # kind=above: the nearest prime lies above N (a program taking the largest prime <= N fails);
    # kind=tie: two primes equally far, the smaller one wins (a program taking the smallest prime >= N fails)
    kind = opts.get("kind", "above")
    while True:
        out = rng.randint(10, 200)
        if is_prime(out):
            continue
        below, above = neighbours(out)
        if (above - out < out - below) if kind == "above" else (above - out == out - below):
            break
elif mode == "small":
    out = rng.randint(1, int(opts["hi"]))
elif mode == "random":
    out = rng.randint(1, MAXN)
elif mode == "value":
    out = int(opts["n"])
elif mode == "top":
    out = MAXN
elif mode == "tie":
    out = tie()
elif mode == "big_prime":  # a prime near the top, drawn per seed (not the one fixed largest prime)
    out = rng.randint(MAXN - 10**6, MAXN)
    while not is_prime(out):
        out -= 1
elif mode == "invalid":
    out = {"zero": "0", "too_big": str(MAXN + 1), "two_numbers": "10 20", "negative": "-5",
           "leading_zero": "010", "letter": "1O"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(f"{out}\n")
