"""Test generator for recursion.hanoi_kth: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxk. Modes: sample which=1|2, random lo= hi= t=, all n= (every K of one N), extremes,
powers (K next to powers of two), max kind=random|late, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def text(queries):
    return f"{len(queries)}\n" + "".join(f"{n} {k}\n" for n, k in queries)


def query(lo, hi):
    n = rng.randint(lo, hi)
    return n, rng.randint(1, (1 << n) - 1)


def move(n, k):
    """(disk, from, to) of the k-th move, N disks from peg 1 to peg 3."""
    a, b, c = 1, 3, 2
    while True:
        half = 1 << (n - 1)
        if k == half:
            return n, a, b
        n -= 1
        if k < half:
            b, c = c, b
        else:
            k -= half
            a, c = c, a


def misses(queries):
    """Whether each tempting mistake (no swap on the left, the odd-N closed form) answers some question wrongly."""
    plain, formula = False, False
    for n, k in queries:
        right = move(n, k)
        a, b, m, kk = 1, 3, n, k
        while (1 << (m - 1)) != kk:
            half = 1 << (m - 1)
            m -= 1
            if kk > half:
                kk -= half
                a, b = 6 - a - b, b
        plain |= (a, b) != right[1:]
        formula |= ((k & (k - 1)) % 3 + 1, ((k | (k - 1)) + 1) % 3 + 1) != right[1:]
    return plain and formula


if mode == "sample":
    if opts["which"] == "1":  # small towers of both parities, redrawn until both tempting mistakes show
        while True:
            queries = [query(2, 3), query(3, 5), query(2, 5)]
            if misses(queries) and len({n % 2 for n, _ in queries}) == 2:
                break
    else:  # towers too tall to list: one asked near the start (its first moves can be listed), one anywhere
        n = rng.randint(30, 60)
        queries = [(n, rng.randint(1, (1 << n) - 1)), (rng.randint(30, 60), rng.randint(4, 12)), query(4, 6)]
    out = text(queries)
elif mode == "random":
    out = text([query(int(opts["lo"]), int(opts["hi"])) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "all":
    n = int(opts["n"])
    queries = [(n, k) for k in range(1, 1 << n)]
    rng.shuffle(queries)
    out = text(queries)
elif mode == "extremes":
    queries = []
    for n in (1, 2, 3, MAXN - 1, MAXN):
        top = (1 << n) - 1
        queries += sorted({(n, 1), (n, top), (n, (top + 1) // 2), (n, max(1, (top + 1) // 2 - 1)), (n, min(top, (top + 1) // 2 + 1))})
    out = text(queries)
elif mode == "powers":  # K next to powers of two: the half boundaries of every level
    queries = []
    for _ in range(300):
        n = rng.randint(2, MAXN)
        p = 1 << rng.randint(0, n - 1)
        k = min(max(1, p + rng.choice([-1, 0, 1])), (1 << n) - 1)
        queries.append((n, k))
    out = text(queries)
elif mode == "max":
    if opts["kind"] == "random":
        queries = [query(MAXN - 10, MAXN) for _ in range(MAXT)]
    else:  # K near the end of each sequence: listing the moves never gets there
        queries = []
        for _ in range(MAXT):
            n = rng.randint(MAXN - 10, MAXN)
            queries.append((n, (1 << n) - rng.randint(1, 1 << 20)))
    out = text(queries)
elif mode == "invalid":
    out = {
        "k_zero": text([(3, 1), (3, 0)]), "k_too_big": text([(5, 31), (5, 32)]),
        "n_too_big": text([(MAXN + 1, 1)]), "n_zero": "1\n0 1\n", "t_mismatch": "3\n2 1\n2 2\n",
        "too_many": text([(1, 1)] * (MAXT + 1)), "three_numbers": "1\n3 2 1\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
