"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxside, maxk. Modes: sample kind=hand|random; random lo= hi= kcap=; fixed name=...; snake [side=];
dense box=; stripes; invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXSIDE, MAXK = int(opts["maxside"]), int(opts["maxk"])
rng = random.Random(seed)


def text(rows, cols, cells):
    return f"{rows} {cols} {len(cells)}\n" + "".join(f"{r} {c}\n" for r, c in cells)


def random_case(rows, cols, k):
    # Cells from a box of random size: small boxes repeat cells and merge islands, large ones scatter them.
    h, w = rng.randint(1, rows), rng.randint(1, cols)
    top, left = rng.randint(0, rows - h), rng.randint(0, cols - w)
    return text(rows, cols, [(top + rng.randint(1, h), left + rng.randint(1, w)) for _ in range(k)])


def hand_sample():
    # Two islands merged by a bridge cell, a repeated cell, and a cell touching one island from two sides.
    cells = [(1, 1), (1, 3), (3, 2), (1, 2), (2, 2), (2, 2), (3, 3), (2, 3), (3, 1)]
    flip_r, flip_c, swap = rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.5
    out = []
    for r, c in cells:
        r, c = (4 - r if flip_r else r), (4 - c if flip_c else c)
        out.append((c, r) if swap else (r, c))
    return text(3, 3, out)


def fixed(name):
    return {
        "one_cell": "1 1 1\n1 1\n",
        "same_twice": "1 1 2\n1 1\n1 1\n",
        "diagonal": text(2, 2, [(1, 1), (2, 2), (1, 2)]),
        "ring": text(3, 3, [(1, 1), (1, 2), (1, 3), (2, 3), (3, 3), (3, 2), (3, 1), (2, 1), (2, 2)]),
        "row": text(1, 5, [(1, 1), (1, 3), (1, 5), (1, 2), (1, 4), (1, 4)]),
        "column": text(5, 1, [(5, 1), (1, 1), (3, 1), (4, 1), (2, 1)]),
        "far_corners": text(MAXSIDE, MAXSIDE, [(1, 1), (MAXSIDE, MAXSIDE), (1, MAXSIDE), (MAXSIDE, 1)]),
    }[name]


def snake(side, k):
    # A boustrophedon path walked in order: each new cell joins one ever longer island (a search per change
    # walks it all); every other row is left empty so the path really is long.
    cells = []
    r = 1
    while len(cells) < k and r <= side:
        row = range(1, side + 1) if (r // 2) % 2 == 0 else range(side, 0, -1)
        cells += [(r, c) for c in row]
        end = cells[-1][1]
        if r + 1 <= side:
            cells.append((r + 1, end))
        r += 2
    # The last few changes are seeded cells off the path (each problem its own test).
    cells = cells[:k]
    taken, extra = set(cells), min(3, len(cells) - 1)
    free = [(r, c) for r in range(2, side + 1, 4) for c in range(1, side + 1) if (r, c) not in taken][:5000]
    if extra > 0 and len(free) >= extra:
        cells = cells[:len(cells) - extra] + rng.sample(free, extra)
    return text(side, side, cells)


def stripes(side, k):
    # Every other column filled top to bottom, then the rows in between join them: many merges at the end.
    cells = [(r, c) for c in range(1, side + 1, 2) for r in range(1, side + 1)]
    rng.shuffle(cells)
    cells = cells[: k - k // 10]
    cells += [(rng.randint(1, side), rng.randrange(2, side + 1, 2)) for _ in range(k - len(cells))]
    return text(side, side, cells)


def invalid(kind):
    return {
        "side_too_big": f"{MAXSIDE + 1} 1 1\n1 1\n",
        "k_too_big": f"2 2 {MAXK + 1}\n" + "1 1\n" * (MAXK + 1),
        "k_zero": "2 2 0\n",
        "row_out": "3 4 2\n4 1\n1 1\n",
        "col_out": "3 4 2\n1 5\n1 1\n",
        "zero_cell": "3 4 2\n0 1\n1 1\n",
        "cell_missing": "3 4 3\n1 1\n2 2\n",
        "extra_number": "3 4 2\n1 1 1\n2 2\n",
        "leading_zero": "3 4 2\n01 1\n2 2\n",
    }[kind]


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        rows, cols = rng.randint(2, 4), rng.randint(3, 5)
        out = text(rows, cols, [(rng.randint(1, rows), rng.randint(1, cols)) for _ in range(rng.randint(7, 9))])
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXSIDE, int(opts["hi"]))
    rows, cols = rng.randint(lo, hi), rng.randint(lo, hi)
    out = random_case(rows, cols, rng.randint(1, min(MAXK, int(opts["kcap"]))))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "snake":
    side = MAXSIDE if opts.get("side", "max") == "max" else int(opts["side"])
    out = snake(side, MAXK if opts.get("k", "max") == "max" else int(opts["k"]))
elif mode == "dense":
    box = int(opts["box"])
    side = MAXSIDE
    top, left = rng.randint(0, side - box), rng.randint(0, side - box)
    out = text(side, side, [(top + rng.randint(1, box), left + rng.randint(1, box)) for _ in range(MAXK)])
elif mode == "stripes":
    side = int(opts.get("side", "0")) or 315
    out = stripes(min(side, MAXSIDE), MAXK if opts.get("k", "max") == "max" else int(opts["k"]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
