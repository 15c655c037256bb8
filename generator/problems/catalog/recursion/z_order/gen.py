"""Test generator for recursion.z_order: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxq, maxc. Modes: sample which=1|2, random lo= hi= q=, all n= (every cell), borders n= (cells on
the halving lines of every level), corners, max kind=random|late, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
rng = random.Random(seed)


def text(n, cells):
    return f"{n} {len(cells)}\n" + "".join(f"{r} {c}\n" for r, c in cells)


def cell(n):
    return rng.randrange(1 << n), rng.randrange(1 << n)


def borders(n, count):
    """Cells next to the lines that halve some level's square: r or c a multiple of a power of two, or one less."""
    out = []
    for _ in range(count):
        level = rng.randint(1, n)
        step = 1 << (level - 1)
        pick = [rng.randrange(0, 1 << n, step) + rng.choice([0, step - 1] if step > 1 else [0]) for _ in range(2)]
        if rng.random() < 0.5:
            pick[rng.randint(0, 1)] = rng.randrange(1 << n)
        out.append(tuple(pick))
    return out


if mode == "sample":
    if opts["which"] == "1":  # 4 x 4: one cell on the middle row or column, one in the top-right or bottom-left quarter
        n = 2
        cells = [rng.choice([(2, rng.randint(0, 3)), (rng.randint(0, 3), 2)]),
                 rng.choice([(rng.randint(0, 1), rng.randint(2, 3)), (rng.randint(2, 3), rng.randint(0, 1))])]
        while len(cells) < 3:
            extra = cell(n)
            if extra not in cells:
                cells.append(extra)
        rng.shuffle(cells)
    else:  # 8 x 8
        n = 3
        cells = [cell(n) for _ in range(2)] + [(rng.choice([4, 5, 6, 7]), rng.choice([1, 2, 3]))]
        rng.shuffle(cells)
    out = text(n, cells)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = text(n, [cell(n) for _ in range(rng.randint(1, int(opts["q"])))])
elif mode == "all":
    n = int(opts["n"])
    cells = [(r, c) for r in range(1 << n) for c in range(1 << n)]
    rng.shuffle(cells)
    out = text(n, cells)
elif mode == "borders":
    n = int(opts["n"])
    out = text(n, borders(n, 200))
elif mode == "corners":
    s = 1 << MAXN
    h = s // 2
    out = text(MAXN, [(0, 0), (0, s - 1), (s - 1, 0), (s - 1, s - 1), (h, h), (h - 1, h - 1), (h - 1, h), (h, h - 1),
                      (0, h), (h, 0), (s - 1, h - 1), (h - 1, s - 1)])
elif mode == "max":
    if opts["kind"] == "random":
        cells = [cell(MAXN) for _ in range(MAXQ)]
    else:  # every cell in the last quarter of the order: a walk must pass almost all 4^N cells
        s = 1 << MAXN
        cells = [(rng.randrange(s // 2, s), rng.randrange(s // 2, s)) for _ in range(MAXQ - 1)] + [(s - 1, s - 1)]
        rng.shuffle(cells)
    out = text(MAXN, cells)
elif mode == "invalid":
    s = 1 << 3
    out = {
        "zero_n": "0 1\n0 0\n", "big_n": text(MAXN + 1, [(0, 0)]), "row_outside": text(3, [(1, 1), (s, 2)]),
        "negative_col": "3 1\n2 -1\n", "q_mismatch": "3 3\n1 1\n2 2\n", "too_many": text(1, [(0, 1)] * (MAXQ + 1)),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
