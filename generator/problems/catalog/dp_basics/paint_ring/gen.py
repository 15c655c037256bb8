"""Test generator for dp_basics.paint_ring: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxc. Modes: sample which=1|2, random lo= hi= cmax=, fixed name=, ring_trap n= (the row's best
colours the first and last item alike), first_trap n= (item 1's cheapest colour is what both its neighbours need), max kind=random|close,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)
INF = float("inf")


def text(cost):
    return f"{len(cost)}\n" + "".join(f"{r} {g} {b}\n" for r, g, b in cost)


def row(cost, first=None, free=False):
    best = list(cost[0]) if first is None else [0 if free else INF] * 3
    if first is not None:
        best[first] = cost[0][first]
    for r, g, b in cost[1:]:
        best = [r + min(best[1], best[2]), g + min(best[0], best[2]), b + min(best[0], best[1])]
    return best


def ring(cost, firsts=(0, 1, 2), free=False):
    return min(row(cost, f, free)[c] for f in firsts for c in range(3) if c != f)


def refutes(cost):
    good = ring(cost)
    cheapest = cost[0].index(min(cost[0]))
    return (min(row(cost)) != good and ring(cost, (cheapest,)) != good and ring(cost, free=True) != good)


FIXED = {"two": [(1, 5, 9), (2, 6, 3)], "two_same": [(4, 4, 4), (4, 4, 4)], "three": [(1, 100, 100), (100, 1, 100),
         (1, 100, 100)], "equal": [(7, 7, 7)] * 5}

if mode == "sample":
    size = (4, 5) if opts["which"] == "1" else (6, 7)
    while True:
        cost = [tuple(rng.randint(1, 30) for _ in range(3)) for _ in range(rng.randint(*size))]
        if refutes(cost):
            break
    out = text(cost)
elif mode == "random":
    cmax = min(MAXC, int(opts["cmax"]))
    n = rng.randint(max(2, int(opts["lo"])), min(MAXN, int(opts["hi"])))
    out = text([tuple(rng.randint(1, cmax) for _ in range(3)) for _ in range(n)])
elif mode == "fixed":
    out = text(FIXED[opts["name"]])
elif mode == "ring_trap":  # odd ring where one colour is cheap everywhere: the row DP alternates and closes badly
    n = int(opts["n"]) | 1
    cheap = rng.randrange(3)
    cost = []
    for _ in range(n):
        c = [rng.randint(MAXC // 2, MAXC) for _ in range(3)]
        c[cheap] = rng.randint(1, 10)
        cost.append(tuple(c))
    out = text(cost)
elif mode == "first_trap":  # item 1's cheapest colour forces an expensive neighbour chain
    n = int(opts["n"])
    cost = [tuple(rng.randint(1, MAXC) for _ in range(3)) for _ in range(n)]
    cost[0] = (1, 2, MAXC)  # red is item 1's cheapest, but both its neighbours are cheap only in red
    cost[1] = (1, MAXC, MAXC)
    cost[-1] = (1, MAXC, MAXC)
    out = text(cost)
elif mode == "max":
    if opts["kind"] == "random":
        cost = [tuple(rng.randint(1, MAXC) for _ in range(3)) for _ in range(MAXN)]
    else:
        cost = [tuple(rng.randint(MAXC - 3, MAXC) for _ in range(3)) for _ in range(MAXN)]
    out = text(cost)
elif mode == "invalid":
    out = {
        "n_one": "1\n1 2 3\n", "n_too_big": text([(1, 1, 1)] * (MAXN + 1)), "c_zero": text([(1, 2, 3), (0, 1, 1)]),
        "c_too_big": text([(1, 2, 3), (1, MAXC + 1, 1)]), "two_costs": "2\n1 2 3\n1 2\n", "missing_line": "3\n1 2 3\n1 2 3\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
