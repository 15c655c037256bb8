"""Test generator for dp_basics.make_one: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample which=1|2, random lo= hi= t=, all lo= hi= (every N in the range, shuffled),
extremes, traps lo= hi= t= (numbers where dividing greedily, or never subtracting before a division, is wrong),
max kind=random|top, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def text(counts):
    return f"{len(counts)}\n" + "".join(f"{n}\n" for n in counts)


def tables(top):
    """The true answers, the greedy's and the if/elif table's, for 0..top."""
    best, chain = [0] * (top + 1), [0] * (top + 1)
    for i in range(2, top + 1):
        b = best[i - 1] + 1
        if i % 2 == 0:
            b = min(b, best[i // 2] + 1)
        if i % 3 == 0:
            b = min(b, best[i // 3] + 1)
        best[i] = b
        if i % 3 == 0 and i % 2 == 0:
            chain[i] = min(chain[i // 2], chain[i // 3]) + 1
        elif i % 3 == 0:
            chain[i] = chain[i // 3] + 1
        elif i % 2 == 0:
            chain[i] = chain[i // 2] + 1
        else:
            chain[i] = chain[i - 1] + 1
    return best, chain


def greedy(n):
    steps = 0
    while n > 1:
        n = n // 3 if n % 3 == 0 else n // 2 if n % 2 == 0 else n - 1
        steps += 1
    return steps


if mode == "sample":
    if opts["which"] == "1":  # small numbers a reader can follow, redrawn until both tempting mistakes show
        best, chain = tables(40)
        while True:
            counts = rng.sample(range(2, 41), rng.randint(4, 5))
            if (any(greedy(n) != best[n] for n in counts) and any(chain[n] != best[n] for n in counts)):
                break
        counts.insert(rng.randint(0, len(counts)), 1)
    else:  # larger numbers, where the table is the only way
        best, chain = tables(MAXN)
        while True:
            counts = [rng.randint(1000, MAXN) for _ in range(3)]
            if any(greedy(n) != best[n] for n in counts) and any(chain[n] != best[n] for n in counts):
                break
    out = text(counts)
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    out = text([rng.randint(lo, hi) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "all":
    counts = list(range(int(opts["lo"]), int(opts["hi"]) + 1))
    rng.shuffle(counts)
    out = text(counts)
elif mode == "extremes":
    counts = [1, 2, 3, 4, MAXN, MAXN - 1, 3 ** 12, 2 ** 19, 3 ** 12 - 1, 2 ** 19 + 1, 2 * 3 ** 11, 999999]
    out = text([n for n in counts if n <= MAXN])
elif mode == "traps":  # every number both mistakes answer wrongly, drawn from the range
    lo, hi = int(opts["lo"]), int(opts["hi"])
    best, chain = tables(hi)
    pool = [n for n in range(lo, hi + 1) if chain[n] != best[n] and greedy(n) != best[n]] if hi <= 2000 else None
    counts = []
    while len(counts) < int(opts["t"]):
        n = rng.choice(pool) if pool is not None else rng.randint(lo, hi)
        if chain[n] != best[n] and greedy(n) != best[n]:
            counts.append(n)
    out = text(counts)
elif mode == "max":
    if opts["kind"] == "random":
        counts = [rng.randint(1, MAXN) for _ in range(MAXT)]
    else:  # every question near the top: the whole table is needed, and the recursion explodes at once
        counts = [rng.randint(MAXN - 1000, MAXN) for _ in range(MAXT)]
        counts[rng.randrange(MAXT)] = MAXN
    out = text(counts)
elif mode == "invalid":
    out = {
        "n_zero": text([5, 0, 3]), "n_too_big": text([MAXN + 1]), "t_mismatch": "3\n1\n2\n",
        "too_many": text([1] * (MAXT + 1)), "two_numbers": "1\n3 4\n", "leading_zero": "2\n07\n5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
