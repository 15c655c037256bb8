"""Test generator for sieve.distinct_factors: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxv, maxk. Modes: sample, small hi=.., random, list queries=a:b:k,..., points [hi=..] (one-number
ranges [x, x] with K = the true count of x, so every wrong count shows), max name=wide|mixed, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV, MAXK = int(opts["maxq"]), int(opts["maxv"]), int(opts["maxk"])
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {b} {k}\n" for a, b, k in queries)


def distinct_primes(x):
    count, d = 0, 2
    while d * d <= x:
        if x % d == 0:
            count += 1
            while x % d == 0:
                x //= d
        d += 1
    return count + (x > 1)


def query(lo, hi, kmax):
    a, b = sorted((rng.randint(lo, hi), rng.randint(lo, hi)))
    return a, b, rng.randint(0, kmax)


if mode == "sample":  # redrawn until some B itself has K different primes (leaving B out, wa_excludes_b, errs)
    while True:
        qs = [query(1, 40, 3) for _ in range(rng.randint(2, 3))] + [(1, rng.randint(20, 60), rng.randint(1, 2))]
        if any(distinct_primes(b) == k for _, b, k in qs):
            break
    out = render(qs)
elif mode == "small":
    hi = int(opts["hi"])
    out = render([query(1, hi, 4) for _ in range(rng.randint(1, 10))])
elif mode == "random":
    out = render([query(1, MAXV, 8) for _ in range(rng.randint(100, 2000))])
elif mode == "list":
    out = render([tuple(map(int, item.split(":"))) for item in opts["queries"].split(",")])
elif mode == "points":
    hi = min(int(opts.get("hi", MAXV)), MAXV)
    xs = [rng.randint(1, hi) for _ in range(300)] + [1, hi]
    out = render([(x, x, distinct_primes(x)) for x in xs])
elif mode == "max":
    if opts["name"] == "wide":
        out = render([(rng.randint(1, 1000), MAXV - rng.randint(0, 1000), rng.randint(0, 8)) for _ in range(MAXQ)])
    else:
        out = render([query(1, MAXV, MAXK) for _ in range(MAXQ)])
elif mode == "invalid":
    out = {
        "too_many": render([(1, 2, 1)] * (MAXQ + 1)), "reversed": render([(5, 4, 1)]), "zero": render([(0, 4, 1)]),
        "too_big": render([(1, MAXV + 1, 1)]), "big_k": render([(1, 10, MAXK + 1)]), "negative_k": "1\n1 10 -1\n",
        "two_numbers": "1\n1 10\n", "missing": "2\n1 10 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
