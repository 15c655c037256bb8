"""Test generator for binomial.pascal_mod_any: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxm, m (the modulus of this problem). Modes: sample, small, list [modulus=M] queries=n:k,...,
random, max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN, MAXM, M = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxm"]), int(opts["m"])
rng = random.Random(seed)


def render(m, queries):
    return f"{len(queries)} {m}\n" + "".join(f"{n} {k}\n" for n, k in queries)


def query(lo, hi):
    n = rng.randint(lo, hi)
    return n, rng.randint(0, n)


if mode == "sample":
    m = rng.choice([10, 12, 100, 1000, 36])
    out = render(m, [query(4, 12) for _ in range(4)])
elif mode == "small":
    m = rng.choice([1, 2, 4, 6, 12, 30, 97, 100, 1024, M])
    out = render(m, [query(0, rng.choice([6, 20, 60])) for _ in range(rng.randint(1, 10))])
elif mode == "list":
    m = int(opts.get("modulus", M))
    out = render(m, [tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render(M, [query(0, MAXN) for _ in range(rng.randint(1000, MAXT // 10))])
elif mode == "max":
    out = render(M, [query(MAXN - 20, MAXN) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "k_above_n": render(M, [(5, 2), (3, 4)]), "n_too_big": render(M, [(MAXN + 1, 1)]),
        "m_zero": render(0, [(3, 1)]), "m_too_big": render(MAXM + 1, [(3, 1)]),
        "too_many": render(M, [(2, 1)] * (MAXT + 1)), "missing_line": f"3 {M}\n4 2\n5 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
