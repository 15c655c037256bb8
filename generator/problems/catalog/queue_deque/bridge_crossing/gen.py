"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxl, maxw. Modes: sample kind=wait|plain, random lo= hi= len= lim=, fixed l= w= a=v,v,...,
max kind=random|heavy|light|pairs|short, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXL, MAXW = int(opts["maxn"]), int(opts["maxl"]), int(opts["maxw"])
rng = random.Random(seed)


def text(length, limit, weights):
    return f"{len(weights)} {length} {limit}\n{' '.join(map(str, weights))}\n"


if mode == "sample":
    length, limit = rng.randint(2, 4), rng.randint(8, 12)
    if opts["kind"] == "wait":  # heavy ones must wait for the bridge to empty, light ones share it
        a = [rng.randint(limit // 2 + 1, limit), rng.randint(1, limit // 3), rng.randint(1, limit // 3),
             rng.randint(limit // 2, limit), rng.randint(1, limit // 2)]
    else:
        a = [rng.randint(1, limit) for _ in range(rng.randint(5, 7))]
    out = text(length, limit, a)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    length = rng.randint(1, min(MAXL, int(opts["len"])))
    limit = rng.randint(1, min(MAXW, int(opts["lim"])))
    out = text(length, limit, [rng.randint(1, limit) for _ in range(n)])
elif mode == "fixed":
    out = text(int(opts["l"]), int(opts["w"]), list(map(int, opts["a"].split(","))))
elif mode == "max":
    kind = opts["kind"]
    length = MAXL - rng.randint(0, 1000)
    if kind == "random":  # a few fit at once
        limit = MAXW - rng.randint(0, 1000)
        a = [rng.randint(1, limit // 3) for _ in range(MAXN)]
    elif kind == "heavy":  # every one fills the bridge alone: the answer is N * L
        limit = rng.randint(MAXW // 2, MAXW)
        a = [limit - rng.randint(0, limit // 2 - 1) for _ in range(MAXN)]
    elif kind == "light":  # all fit at once: one gets on per time unit
        limit = MAXW
        a = [rng.randint(1, MAXW // MAXN) for _ in range(MAXN)]
    elif kind == "pairs":  # exactly two fit at a time, often with total weight exactly W
        limit = 2 * rng.randint(MAXW // 4, MAXW // 2)
        a = [limit // 2 + rng.choice((0, 0, -1, 1)) for _ in range(MAXN)]
        a = [min(v, limit) for v in a]
    else:  # short crossing, many simultaneous ones, the limit binding
        length = rng.randint(50, 500)
        limit = rng.randint(10**6, 10**7)
        a = [rng.randint(1, limit // 40) for _ in range(MAXN)]
    out = text(length, limit, a)
elif mode == "invalid":
    out = {"too_many": text(1, 1, [1] * (MAXN + 1)), "heavier_than_w": "3 2 5\n1 6 2\n", "zero": "3 2 5\n1 0 2\n",
           "l_too_big": text(MAXL + 1, 5, [1, 2]), "count": "3 2 5\n1 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
