"""Test generator for modpow.geometric_sum: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxa, maxn, maxm. Modes: sample, small, list queries=a:n:m,..., random, composite (moduli sharing
factors with a - 1, where the closed formula breaks), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXA, MAXN, MAXM = (int(opts[k]) for k in ("maxt", "maxa", "maxn", "maxm"))
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {n} {m}\n" for a, n, m in queries)


if mode == "sample":
    queries = [(rng.randint(2, 5), rng.randint(3, 6), rng.choice([10, 12, 100, 1000])),
               (rng.randint(2, 9), rng.randint(7, 15), rng.choice([7, 9, 16, 1000]))]
    queries.append((1, rng.randint(3, 9), rng.randint(2, 6)))
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    queries = []
    for _ in range(rng.randint(1, 10)):
        m = rng.randint(1, rng.choice([1, 12, 1000, MAXM]))
        queries.append((rng.randint(1, rng.choice([3, 30, MAXA])), rng.randint(1, rng.choice([3, 70])), m))
    out = render(queries)
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([(rng.randint(1, MAXA), rng.randint(1, rng.choice([1000, MAXN])), rng.randint(1, MAXM))
                  for _ in range(rng.randint(100, MAXT))])
elif mode == "composite":
    queries = []
    for _ in range(MAXT):
        d = rng.randint(2, 1000)
        m = d * rng.randint(1, MAXM // d)
        a = min(MAXA, d * rng.randint(1, MAXA // d) + 1)  # a - 1 shares the factor d with m
        queries.append((a, rng.randint(1, MAXN), m))
    out = render(queries)
elif mode == "max":
    out = render([(rng.randint(2, MAXA), rng.randint(MAXN // 2, MAXN), rng.randint(MAXM // 2, MAXM))
                  for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "zero_n": render([(2, 3, 5), (2, 0, 5)]), "zero_m": render([(2, 3, 0)]), "too_big_n": render([(2, MAXN + 1, 7)]),
        "two_numbers": "2\n2 3 5\n2 3\n", "too_many": render([(2, 2, 2)] * (MAXT + 1)),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
