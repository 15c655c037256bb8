"""Test generator for modpow.mod_division: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxv, maxp, p (the prime of this problem). Modes: sample, small, list [modulus=M] queries=a:b,...
(a and b may be expressions in P, e.g. P-1), random, max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXV, P = int(opts["maxt"]), int(opts["maxv"]), int(opts["p"])
rng = random.Random(seed)
SMALL_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97]


def render(p, queries):
    return f"{len(queries)} {p}\n" + "".join(f"{a} {b}\n" for a, b in queries)


def denominator(p, hi):
    b = rng.randint(1, hi)
    return b if b % p else b + 1


if mode == "sample":
    p = rng.choice([7, 11, 13, 17, 19, 23])
    queries = [(rng.randint(1, p - 1), rng.randint(2, p - 1)) for _ in range(3)]
    queries.append((rng.randint(p, 3 * p), rng.randint(p + 1, 3 * p - 1)))
    queries = [(a, b if b % p else b + 1) for a, b in queries]
    out = render(p, queries)
elif mode == "small":
    p = rng.choice(SMALL_PRIMES + [P])
    hi = rng.choice([p, 3 * p, MAXV])
    out = render(p, [(rng.randint(0, hi), denominator(p, hi)) for _ in range(rng.randint(1, 10))])
elif mode == "list":
    p = int(opts.get("modulus", opts["p"]))
    queries = []
    for q in opts["queries"].split(","):
        a, b = (eval(x, {"P": p}) for x in q.split(":"))  # expressions of this generator's own command line
        queries.append((a, b if b % p else b + 1))
    out = render(p, queries)
elif mode == "random":
    out = render(P, [(rng.randint(0, MAXV), denominator(P, rng.choice([P - 1, MAXV])))
                     for _ in range(rng.randint(100, MAXT // 10))])
elif mode == "max":
    out = render(P, [(rng.randint(0, MAXV), denominator(P, MAXV)) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "multiple_of_p": render(P, [(3, 5), (1, 2 * P)]), "zero_b": render(P, [(3, 0)]),
        "too_big": render(P, [(MAXV + 1, 3)]), "one_number": f"2 {P}\n3 5\n4\n",
        "too_many": render(P, [(1, 2)] * (MAXT + 1)), "not_prime": render(91, [(1, 2)]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
