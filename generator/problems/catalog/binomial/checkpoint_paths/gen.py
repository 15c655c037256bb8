"""Test generator for binomial.checkpoint_paths: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxrc. Modes: sample, small, list queries=R:C:r:c,..., random, max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXRC = int(opts["maxt"]), int(opts["maxrc"])
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(" ".join(map(str, q)) + "\n" for q in queries)


def query(lo, hi):
    rows, cols = rng.randint(lo, hi), rng.randint(lo, hi)
    return rows, cols, rng.randint(1, rows), rng.randint(1, cols)


if mode == "sample":
    rows, cols = rng.randint(3, 5), rng.randint(3, 5)
    queries = [(rows, cols, rng.randint(2, rows - 1), rng.randint(2, cols - 1)), query(2, 4), (rows, cols, 1, 1)]
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    out = render([query(1, 7) for _ in range(rng.randint(1, 8))])
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    out = render([query(1, MAXRC) for _ in range(rng.randint(50, MAXT))])
elif mode == "max":
    out = render([query(MAXRC - 3, MAXRC) for _ in range(MAXT)])
elif mode == "invalid":
    out = {
        "outside": "2\n3 3 2 2\n3 3 4 1\n", "zero": "1\n3 3 0 1\n", "too_big": f"1\n{MAXRC + 1} 2 1 1\n",
        "three_numbers": "1\n3 3 2\n", "too_many": render([(2, 2, 1, 1)] * (MAXT + 1)),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
