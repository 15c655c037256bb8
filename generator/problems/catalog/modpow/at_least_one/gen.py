"""Test generator for modpow.at_least_one: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxk. Modes: sample, small, list queries=n:k:s,..., random, negative (K^N mod p below
(K-S)^N mod p, so a plain difference is negative), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN, MAXK = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxk"])
MOD = 10 ** 9 + 7
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{n} {k} {s}\n" for n, k, s in queries)


def query(n_hi, k_hi):
    k = rng.randint(1, k_hi)
    return rng.randint(1, n_hi), k, rng.randint(1, k)


if mode == "sample":
    k = rng.randint(3, 6)
    queries = [(2, k, rng.randint(1, 2)), (rng.randint(3, 4), rng.randint(2, 4), 1), (rng.randint(30, 90), rng.randint(10, 26), rng.randint(2, 5))]
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    out = render([query(6, 5) for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([query(rng.choice([100, MAXN]), rng.choice([30, MAXK])) for _ in range(rng.randint(50, MAXT))])
elif mode == "negative":
    queries = []
    while len(queries) < MAXT:
        n, k, s = query(MAXN, MAXK)
        if pow(k, n, MOD) < pow(k - s, n, MOD):
            queries.append((n, k, s))
    out = render(queries)
elif mode == "max":
    out = render([(rng.randint(MAXN - MAXN // 10, MAXN), *sorted((rng.randint(1, MAXK), rng.randint(1, MAXK)), reverse=True))
                  for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "zero_n": "2\n3 2 1\n0 5 1\n", "s_above_k": "1\n3 2 3\n", "too_big_k": f"1\n3 {MAXK + 1} 1\n",
        "too_big_n": f"1\n{MAXN + 1} 3 1\n", "two_numbers": "1\n3 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
