"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=ties|mixed, random lo= hi= maxval=, fixed a=v,v,...,
max kind=random|increasing|decreasing|few_values|equal, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n{' '.join(map(str, values))}\n"


def noisy(values, swaps):
    """A few random swaps, so a sorted sequence keeps its shape but is not exactly sorted."""
    for _ in range(swaps):
        i, j = rng.randrange(len(values)), rng.randrange(len(values))
        values[i], values[j] = values[j], values[i]
    return values


if mode == "sample":
    if opts["kind"] == "ties":  # equal values never form a rising triple
        vals = rng.sample(range(1, 40), 4)
        for _ in range(2):  # two repeated values at random places
            vals.insert(rng.randrange(len(vals) + 1), rng.choice(vals))
    else:
        vals = rng.sample(range(1, 60), 6)
    out = text(vals)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    top = int(opts["maxval"])
    low = rng.randint(1, max(1, MAXV - top))
    out = text([rng.randint(low, low + top - 1) for _ in range(n)])
elif mode == "fixed":
    out = text(list(map(int, opts["a"].split(","))))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        vals = [rng.randint(1, MAXV) for _ in range(MAXN)]
    elif kind == "increasing":  # the answer is close to C(N, 3): it needs 64 bits
        vals = noisy(sorted(rng.sample(range(1, MAXV + 1), MAXN)), 50)
    elif kind == "decreasing":  # almost no rising triple; each insertion into a sorted left part goes to the front
        vals = noisy(sorted((rng.randint(1, MAXV) for _ in range(MAXN)), reverse=True), 2000)
    elif kind == "few_values":  # many ties among ten far-apart values
        pool = rng.sample(range(1, MAXV + 1), 10)
        vals = [rng.choice(pool) for _ in range(MAXN)]
    else:
        v = rng.randint(1, MAXV)
        vals = [v] * MAXN
        vals[rng.randrange(MAXN)] = rng.randint(1, MAXV)
    out = text(vals)
elif mode == "invalid":
    out = {"too_many": text([1] * (MAXN + 1)), "zero": "3\n1 0 2\n", "too_big": text([1, MAXV + 1]),
           "count": "3\n1 2\n", "double_space": "2\n1  2\n", "one_per_line": "2\n1\n2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
