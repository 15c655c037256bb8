"""Test generator for modpow.power_mod: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxa, maxb, maxm. Modes: sample, small, list queries=a:b:m,..., random, bits (exponents 2^k and
2^k - 1), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXA, MAXB, MAXM = (int(opts[k]) for k in ("maxt", "maxa", "maxb", "maxm"))
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {b} {m}\n" for a, b, m in queries)


if mode == "sample":
    queries = [(rng.randint(2, 9), rng.randint(5, 20), rng.choice([7, 10, 13, 100, 1000])) for _ in range(2)]
    queries.append((rng.randint(10, 99), rng.randint(2, 4), rng.randint(11, 97)))
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    queries = []
    for _ in range(rng.randint(1, 10)):
        a = rng.randint(1, rng.choice([3, 1000, MAXA]))
        queries.append((a, rng.randint(0, rng.choice([2, 60])), rng.randint(1, rng.choice([1, 10, 1000, MAXM]))))
    out = render(queries)
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([(rng.randint(1, MAXA), rng.randint(0, rng.choice([10**6, MAXB])), rng.randint(1, MAXM))
                  for _ in range(rng.randint(100, MAXT))])
elif mode == "bits":
    queries = []
    for _ in range(MAXT):
        k = rng.randint(1, MAXB.bit_length() - 1)
        queries.append((rng.randint(2, MAXA), 2 ** k - rng.randint(0, 1), rng.randint(2, MAXM)))
    out = render(queries)
elif mode == "max":
    out = render([(rng.randint(MAXA // 2, MAXA), rng.randint(MAXB // 2, MAXB), rng.randint(MAXM // 2, MAXM))
                  for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "zero_m": render([(2, 3, 5), (2, 3, 0)]), "too_big_b": render([(2, MAXB + 1, 7)]),
        "zero_a": render([(0, 3, 5)]), "two_numbers": "2\n2 3 5\n2 3\n", "too_many": render([(2, 2, 2)] * (MAXT + 1)),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
