"""Test generator for modpow.linear_recurrence: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxk, maxn, mod. Modes: sample, small, fixed k=K n=N c=c1,... f=f1,..., random, max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXK, MAXN, MOD = int(opts["maxk"]), int(opts["maxn"]), int(opts["mod"])
rng = random.Random(seed)


def render(k, n, c, f):
    return f"{k} {n}\n{' '.join(map(str, c))}\n{' '.join(map(str, f))}\n"


def residues(k, hi):
    return [rng.randint(0, hi) for _ in range(k)]


def term(n, c, f):
    """f_n by the recurrence, step by step (the sample's N is small); c_1 goes with f_{j-1}."""
    f = list(f)
    while len(f) < n:
        f.append(sum(ci * fi for ci, fi in zip(c, reversed(f[-len(c):]))) % MOD)
    return f[n - 1]


if mode == "sample":
    # Redrawn until the coefficients taken in reverse order (c_1 with f_{j-K}) give another f_N.
    while True:
        k = rng.randint(2, 3)
        c = [rng.randint(1, 3) for _ in range(k)]
        n, f = rng.randint(k + 3, 9), [rng.randint(0, 5) for _ in range(k)]
        if term(n, c, f) != term(n, c[::-1], f):
            break
    out = render(k, n, c, f)
elif mode == "small":
    k = rng.randint(1, 4)
    hi = rng.choice([3, 100, MOD - 1])
    out = render(k, rng.randint(1, rng.choice([6, 80])), residues(k, hi), residues(k, hi))
elif mode == "fixed":
    out = render(int(opts["k"]), int(opts["n"]), opts["c"].split(","), opts["f"].split(","))
elif mode == "random":
    k = rng.randint(1, MAXK)
    out = render(k, rng.randint(1, rng.choice([10**4, MAXN])), residues(k, MOD - 1), residues(k, MOD - 1))
elif mode == "max":
    out = render(MAXK, rng.randint(MAXN - MAXN // 10, MAXN), residues(MAXK, MOD - 1), residues(MAXK, MOD - 1))
elif mode == "invalid":
    out = {
        "zero_n": render(2, 0, [1, 1], [0, 1]), "big_k": render(MAXK + 1, 5, [1] * (MAXK + 1), [1] * (MAXK + 1)),
        "coefficient_mod": render(2, 5, [1, MOD], [0, 1]), "short_terms": "3 5\n1 1 1\n1 1\n",
        "too_big_n": render(2, MAXN + 1, [1, 1], [0, 1]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
