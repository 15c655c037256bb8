"""Test generator for binomial.pascal_exact: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample, small, list queries=n:k,..., random, max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{n} {k}\n" for n, k in queries)


def query(lo, hi):
    n = rng.randint(lo, hi)
    return n, rng.randint(0, n)


if mode == "sample":
    queries = [query(3, 9) for _ in range(3)]
    queries.append((rng.randint(1, 6), 0) if rng.random() < 0.5 else (n := rng.randint(1, 6), n))
    out = render(queries)
elif mode == "small":
    out = render([query(0, rng.choice([5, 12, MAXN])) for _ in range(rng.randint(1, 10))])
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([query(0, MAXN) for _ in range(rng.randint(20, MAXT))])
elif mode == "max":
    out = render([query(MAXN - 5, MAXN) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "k_above_n": render([(5, 2), (3, 4)]), "n_too_big": render([(MAXN + 1, 1)]),
        "negative": "1\n5 -1\n", "too_many": render([(2, 1)] * (MAXT + 1)), "missing_line": "3\n4 2\n5 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
