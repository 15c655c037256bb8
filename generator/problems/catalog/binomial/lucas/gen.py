"""Test generator for binomial.lucas: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxv, maxp, p (the prime of this problem). Modes: sample, small, list [modulus=P] queries=n:k,...
(n and k may be expressions in P, e.g. 2*P+1), random, above (many k > n), max [modulus=P], invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXV, MAXP, P = int(opts["maxt"]), int(opts["maxv"]), int(opts["maxp"]), int(opts["p"])
rng = random.Random(seed)
SMALL_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31]


def render(p, queries):
    return f"{len(queries)} {p}\n" + "".join(f"{n} {k}\n" for n, k in queries)


def query(hi, above=0.0):
    n = rng.randint(0, hi)
    if rng.random() < above:
        return n, rng.randint(n + 1, min(2 * n + 2, MAXV))
    return n, rng.randint(0, n)


if mode == "sample":
    p = rng.choice([3, 5, 7, 11, 13])
    queries = [(n, rng.randint(1, n - 1)) for n in (rng.randint(p + 1, p * p - 1) for _ in range(3))]
    queries.append((rng.randint(p + 1, 3 * p), 0) if rng.random() < 0.5 else (n := rng.randint(p, 3 * p), n))
    # k > n with more base-p digits than n (its last digit fits under n's): 0, from the digit of k above n's
    n = rng.randint(1, p - 1)
    queries.insert(rng.randint(0, len(queries)), (n, p * rng.randint(1, p - 1) + rng.randint(0, n)))
    out = render(p, queries)
elif mode == "small":
    p = rng.choice(SMALL_PRIMES)
    out = render(p, [query(rng.choice([30, 300, 2000]), above=0.15) for _ in range(rng.randint(1, 12))])
elif mode == "list":
    p = int(opts.get("modulus", P))
    queries = [tuple(eval(x, {"P": p}) for x in q.split(":")) for q in opts["queries"].split(",")]  # own args
    out = render(p, queries)
elif mode == "random":
    p = rng.choice([P, rng.choice(SMALL_PRIMES)])
    out = render(p, [query(rng.choice([10 ** 6, 10 ** 12, MAXV]), above=0.1) for _ in range(rng.randint(100, 2000))])
elif mode == "above":
    p = rng.choice(SMALL_PRIMES)
    queries = []
    for _ in range(500):
        n = rng.randint(0, p ** rng.randint(1, 4))
        queries.append((n, rng.randint(n + 1, p ** 6)))  # k has more base-p digits than n
    out = render(p, queries)
elif mode == "max":
    p = int(opts.get("modulus", P))
    queries = []
    for _ in range(MAXT):
        n = rng.randint(MAXV // 2, MAXV)
        # Pick k digit by digit at most n's digit (answers rarely 0), then perturb a few.
        k, place, rest = 0, 1, n
        while rest:
            k += rng.randint(0, rest % p) * place
            rest //= p
            place *= p
        queries.append((n, k if rng.random() < 0.9 else rng.randint(0, n)))
    out = render(p, queries)
elif mode == "invalid":
    out = {
        "not_prime": render(91, [(5, 2)]), "p_too_big": render(100003, [(5, 2)]),
        "n_too_big": render(P, [(MAXV + 1, 1)]), "negative": f"1 {P}\n5 -1\n",
        "too_many": render(P, [(2, 1)] * (MAXT + 1)), "missing_line": f"3 {P}\n4 2\n5 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
