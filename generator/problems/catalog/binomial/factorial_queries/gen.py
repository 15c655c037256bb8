"""Test generator for binomial.factorial_queries: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxp, p (the prime of this problem). Modes: sample, small, list [modulus=P] queries=n:k,...,
random, above (many k > n), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN, P = int(opts["maxt"]), int(opts["maxn"]), int(opts["p"])
rng = random.Random(seed)


def render(p, queries):
    return f"{len(queries)} {p}\n" + "".join(f"{n} {k}\n" for n, k in queries)


def query(lo, hi, above=0.0):
    n = rng.randint(lo, hi)
    if rng.random() < above:
        return n, rng.randint(n + 1, n + 5)
    return n, rng.randint(0, n)


if mode == "sample":
    queries = [query(5, 40) for _ in range(3)]
    queries.append(query(1, 6, above=1.0))
    out = render(P, queries)
elif mode == "small":
    out = render(P, [query(0, rng.choice([8, 30, 200]), above=0.2) for _ in range(rng.randint(1, 10))])
elif mode == "list":
    p = int(opts.get("modulus", P))
    out = render(p, [tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render(P, [query(0, MAXN, above=0.1) for _ in range(rng.randint(1000, MAXT // 5))])
elif mode == "above":
    out = render(P, [query(0, MAXN - 10, above=0.6) for _ in range(1000)])
elif mode == "max":
    queries = []
    for _ in range(MAXT):
        n = rng.randint(MAXN - 1000, MAXN)
        queries.append((n, rng.randint(n // 3, 2 * n // 3)))
    queries[0] = (MAXN, MAXN // 2)
    out = render(P, queries)
elif mode == "invalid":
    out = {
        "n_too_big": render(P, [(MAXN + 1, 1)]), "small_p": render(999983, [(5, 2)]),
        "not_prime": render(1000000011, [(5, 2)]), "negative": f"1 {P}\n5 -1\n",
        "too_many": render(P, [(2, 1)] * (MAXT + 1)), "missing_line": f"3 {P}\n4 2\n5 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
