"""Test generator for sieve.goldbach: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample, small, random, list values=a,b,..., far (even numbers whose closest partition
is far from N/2), max name=..., invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def render(values):
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


def even(lo, hi):
    return 2 * rng.randint((lo + 1) // 2, hi // 2)


def sieve(n):
    s = bytearray([1]) * (n + 1)
    s[0] = s[1] = 0
    for p in range(2, int(n ** 0.5) + 1):
        if s[p]:
            s[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return s


def gap(n, s):
    p = n // 2
    while not (s[p] and s[n - p]):
        p -= 1
    return n // 2 - p


if mode == "sample":
    out = render([even(4, 30) for _ in range(rng.randint(3, 4))] + [even(30, 200)])
elif mode == "small":
    hi = rng.choice([20, 200, 2000])
    out = render([even(4, hi) for _ in range(rng.randint(1, 10))])
elif mode == "random":
    out = render([even(4, MAXN) for _ in range(rng.randint(100, 1000))])
elif mode == "list":
    out = render([int(v) for v in opts["values"].split(",")])
elif mode == "far":  # the worst of many random candidates: the search from N/2 walks far
    s = sieve(MAXN)
    candidates = [even(MAXN // 2, MAXN) for _ in range(4 * MAXT)]
    out = render(sorted(candidates, key=lambda n: -gap(n, s))[:int(opts.get("count", MAXT))])
elif mode == "max":
    if opts["name"] == "top":
        out = render([MAXN - 2 * rng.randint(0, 50) for _ in range(MAXT)])
    else:
        out = render([even(4, MAXN) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "odd": render([4, 9]), "too_small": render([2]), "too_big": render([MAXN + 2]),
        "too_many": render([4] * (MAXT + 1)), "missing": "3\n4\n6\n", "same_line": "2\n4 6\n", "letter": "1\n1O\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
