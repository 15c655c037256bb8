"""Test generator for sieve.segmented: python gen.py SEED MODE [key=value ...] prints one input "L R".

Params: maxr, maxw (largest R - L). Modes: sample [far=1] (from 1, or a window around the square of a prime
far from 1), small, random, range l=.. r=.., square (R is the square of the
largest prime below sqrt(maxr)), top, low (L = 1 and a full-width window), invalid kind=...
"""
import random
import sys
from math import isqrt

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXW = int(opts["maxr"]), int(opts["maxw"])
rng = random.Random(seed)


def is_prime(n):
    return n >= 2 and all(n % d for d in range(2, isqrt(n) + 1))


def window(lo, hi, width):
    left = rng.randint(lo, hi - width)
    return left, left + width


if mode == "sample" and opts.get("far"):
    # A window far from 1, as the title says, around p * p with p = isqrt(R) a prime: p must cross out its own
    # square (base primes below sqrt(R) only would count p * p as a prime). Redrawn until it holds a prime.
    while True:
        p = rng.randint(23, 61)
        if is_prime(p):
            lo, hi = p * p - rng.randint(3, 12), p * p + rng.randint(3, 12)
            if any(is_prime(n) for n in range(lo, hi + 1)):
                break
    out = f"{lo} {hi}\n"
elif mode == "sample":
    # From 1: 1 is not a prime, and the primes up to sqrt(R) are in the window and count. sqrt(R) rounded down
    # is a prime p, so p * p <= R must be crossed out by p itself.
    r = rng.randint(11, 60)
    while not is_prime(isqrt(r)):
        r = rng.randint(11, 60)
    out = f"1 {r}\n"
elif mode == "small":
    out = "%d %d\n" % window(1, rng.choice([50, 500, 3000]), rng.randint(0, 40))
elif mode == "random":
    out = "%d %d\n" % window(1, MAXR, rng.randint(1, MAXW))
elif mode == "range":
    out = f"{opts['l']} {opts['r']}\n"
elif mode == "square":
    p = isqrt(MAXR)
    while not is_prime(p):
        p -= 1
    out = f"{p * p - int(opts.get('before', '0'))} {p * p}\n"
elif mode == "top":
    out = f"{MAXR - MAXW} {MAXR}\n"
elif mode == "low":
    out = f"1 {MAXW + 1}\n"
elif mode == "invalid":
    out = {
        "too_wide": f"1 {MAXW + 2}\n", "too_big": f"{MAXR - 5} {MAXR + 1}\n", "zero": "0 10\n",
        "reversed": "10 9\n", "one_number": "10\n", "letter": "1 1O\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
