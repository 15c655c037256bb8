"""Test generator for binomial.ballot_count: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxq, maxv. Modes: sample, small, list queries=a:b,..., random, close (b within a few votes of a,
on both sides), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXQ, MAXV = int(opts["maxq"]), int(opts["maxv"])
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {b}\n" for a, b in queries)


def query(hi):
    a = rng.randint(0, hi)
    return a, rng.randint(0, min(hi, a + 2))


if mode == "sample":
    a = rng.randint(3, 5)
    queries = [(a, rng.randint(1, a)), (rng.randint(2, 4), rng.randint(1, 2)), (rng.randint(1, 3), 4)]
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    out = render([query(8) for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([query(MAXV) for _ in range(rng.randint(100, MAXQ // 2))])
elif mode == "close":
    queries = []
    for _ in range(MAXQ):
        a = rng.randint(3, MAXV)
        queries.append((a, max(0, min(MAXV, a + rng.randint(-3, 1)))))
    out = render(queries)
elif mode == "max":
    queries = []
    for _ in range(MAXQ):
        a = rng.randint(MAXV - MAXV // 10, MAXV)
        queries.append((a, rng.randint(a - a // 10, a)))
    out = render(queries)
elif mode == "invalid":
    out = {
        "negative": "2\n3 1\n-1 2\n", "too_big": f"1\n{MAXV + 1} 2\n", "too_many": render([(2, 1)] * (MAXQ + 1)),
        "one_number": "2\n3 1\n4\n", "leading_zero": "1\n03 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
