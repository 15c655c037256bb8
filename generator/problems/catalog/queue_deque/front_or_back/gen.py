"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=ties|plain, random lo= hi= top=, fixed a=v,v,..., zigzag n=,
max kind=random|few_values|zigzag|equal|middle_out, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n{' '.join(map(str, values))}\n"


def zigzag(n, top):
    """Values alternating around the first one and drifting outwards: the side chosen by comparing with the
    current end differs from the best one again and again."""
    mid = top // 2
    out = [mid]
    for i in range(1, n):
        spread = rng.randint(1, max(1, min(mid - 1, top - mid, i * max(1, top // (2 * n)))))
        out.append(mid + spread if i % 2 else mid - spread)
    return out


def fewest(vals, equal_as_larger=False):
    """Each value goes to the side where fewer earlier values make an inversion with it; equal_as_larger=True
    counts equal earlier values as larger at the back (wa_equal_as_larger)."""
    total = 0
    for i, v in enumerate(vals):
        larger = sum(u >= v if equal_as_larger else u > v for u in vals[:i])
        total += min(larger, sum(u < v for u in vals[:i]))
    return total


def end_greedy(vals):
    """wa_compare_with_ends: at the front when at most the current front, else at the back; its row's inversions."""
    row = [vals[0]]
    for v in vals[1:]:
        row = [v] + row if v <= row[0] else row + [v]
    return sum(row[p] > row[q] for p in range(len(row)) for q in range(p + 1, len(row)))


if mode == "sample":
    # Redrawn until comparing with the row's ends (wa_compare_with_ends) builds a worse row, and the ties sample
    # until counting an equal value as larger (wa_equal_as_larger) adds inversions.
    while True:
        if opts["kind"] == "ties":  # equal values: neither side gives them an inversion
            vals = [rng.randint(1, 6) for _ in range(7)]
            vals[rng.randint(3, 6)] = vals[0]
        else:
            vals = rng.sample(range(1, 40), 7)
        best = fewest(vals)
        if best != end_greedy(vals) and (opts["kind"] != "ties" or best != fewest(vals, equal_as_larger=True)):
            break
    out = text(vals)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    top = min(MAXV, int(opts["top"]))
    out = text([rng.randint(1, top) for _ in range(n)])
elif mode == "fixed":
    out = text(list(map(int, opts["a"].split(","))))
elif mode == "zigzag":
    out = text(zigzag(int(opts["n"]), rng.randint(20, 60)))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        vals = [rng.randint(1, MAXV) for _ in range(MAXN)]
    elif kind == "few_values":
        pool = rng.sample(range(1, MAXV + 1), 5)
        vals = [rng.choice(pool) for _ in range(MAXN)]
    elif kind == "zigzag":
        vals = zigzag(MAXN, MAXV)
    elif kind == "equal":
        vals = [rng.randint(1, MAXV)] * MAXN
    else:  # the first value is the median and the rest are random: both sides stay expensive
        vals = [rng.randint(1, MAXV) for _ in range(MAXN)]
        vals[0] = sorted(vals)[MAXN // 2]
    out = text(vals)
elif mode == "invalid":
    out = {"too_many": text([1] * (MAXN + 1)), "zero": "3\n1 0 2\n", "too_big": text([1, MAXV + 1]),
           "count": "3\n1 2\n", "double_space": "2\n1  2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
