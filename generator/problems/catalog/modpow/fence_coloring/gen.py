"""Test generator for modpow.fence_coloring: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxk. Modes: sample, small, list queries=n:k,..., random, fermat, max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN, MAXK = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxk"])
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{n} {k}\n" for n, k in queries)


if mode == "sample":
    queries = [(rng.randint(2, 4), rng.randint(2, 4)), (rng.randint(20, 60), rng.randint(3, 9)), (1, rng.randint(2, 9))]
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    out = render([(rng.randint(1, 6), rng.randint(1, 5)) for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([(rng.randint(1, rng.choice([100, 10 ** 9, MAXN])), rng.randint(1, rng.choice([10, MAXK])))
                  for _ in range(rng.randint(50, MAXT))])
elif mode == "fermat":  # K = 1 with N - 1 a multiple of 10^9 + 6: an exponent reduced mod 10^9 + 6 makes 0^0 = 1
    step = 10 ** 9 + 6
    queries = [(1 + step * rng.randint(1, (MAXN - 1) // step), 1) for _ in range(rng.randint(5, 20))]
    queries += [(1 + step * rng.randint(1, (MAXN - 1) // step), rng.randint(2, MAXK)) for _ in range(5)]
    queries += [(1 + step, 1), (rng.randint(2, MAXN), 1), (1, 1)]
    rng.shuffle(queries)
    out = render(queries)
elif mode == "max":
    out = render([(rng.randint(MAXN - MAXN // 10, MAXN), rng.randint(2, MAXK)) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "zero_n": "2\n3 2\n0 5\n", "zero_k": "1\n3 0\n", "too_big_k": f"1\n3 {MAXK + 1}\n",
        "too_big_n": f"1\n{MAXN + 1} 3\n", "one_number": "2\n3 2\n4\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
