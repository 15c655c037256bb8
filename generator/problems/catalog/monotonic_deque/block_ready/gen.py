"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxr, maxc, maxt. Modes: sample kind=basic|never, random lo= hi= cap= never=PERCENT, fixed case=,
max kind=random|small_block|falling|lattice|lattice_gap, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXC, MAXT = int(opts["maxr"]), int(opts["maxc"]), int(opts["maxt"])
rng = random.Random(seed)


def text(a, b, grid):
    head = f"{len(grid)} {len(grid[0])} {a} {b}\n"
    return head + "".join(" ".join(map(str, row)) + "\n" for row in grid)


def random_grid(r, c, cap, never_percent):
    return [[-1 if rng.randrange(100) < never_percent else rng.randint(1, cap) for _ in range(c)]
            for _ in range(r)]


def lattice(r, c, a, b, cap):
    """A -1 on every A-th row crossing every B-th column (offset from the seed): every block holds one."""
    oi, oj = rng.randrange(a), rng.randrange(b)
    grid = random_grid(r, c, cap, 0)
    for i in range(oi, r, a):
        for j in range(oj, c, b):
            grid[i][j] = -1
    return grid


def earliest(grid, a, b, never=float("inf")):
    """The earliest moment some a x b block is ready, by brute force (-1 if none); never: what a -1 cell counts as."""
    rows, cols = len(grid), len(grid[0])
    best = min((max(never if x == -1 else x for row in grid[i:i + a] for x in row[j:j + b])
                for i in range(rows - a + 1) for j in range(cols - b + 1)), default=float("inf"))
    return -1 if best == float("inf") else best


def expiring_late(grid, a, b):
    """The same when rows leave the window one step late: the top block is a rows tall, every later one a + 1
    (it keeps the row above it)."""
    rows, cols = len(grid), len(grid[0])
    inf = float("inf")
    best = min((max(inf if x == -1 else x for row in grid[max(0, i - 1):i + a] for x in row[j:j + b])
                for i in range(rows - a + 1) for j in range(cols - b + 1)), default=inf)
    return -1 if best == inf else best


if mode == "sample":
    if opts["kind"] == "basic":  # 4 x 5, blocks of 2 rows and 3 columns, one never-ready cell
        # Redrawn until blocks one row taller, a -1 read as a moment, and 3 x 2 blocks each give another answer.
        while True:
            grid = random_grid(4, 5, 20, 0)
            grid[rng.randrange(4)][rng.randrange(1, 4)] = -1
            best = earliest(grid, 2, 3)
            if best not in (expiring_late(grid, 2, 3), earliest(grid, 2, 3, never=-1), earliest(grid, 3, 2)):
                break
        out = text(2, 3, grid)
    else:  # a block that would be ready early if it could be turned; -1 cells rule out others
        v = rng.randint(1, 5)
        grid = [[v + 9, v, v + 1, v + 8], [v + 7, v + 2, v, v + 9], [v + 1, -1, v + 3, v + 6]]
        out = text(2, 1, [[x if x == -1 else x for x in row] for row in grid])
elif mode == "random":
    r = rng.randint(int(opts["lo"]), min(MAXR, int(opts["hi"])))
    c = rng.randint(int(opts["lo"]), min(MAXC, int(opts["hi"])))
    grid = random_grid(r, c, min(int(opts["cap"]), MAXT), int(opts["never"]))
    out = text(rng.randint(1, r), rng.randint(1, c), grid)
elif mode == "fixed":
    out = {"one": text(1, 1, [[MAXT]]), "one_never": text(1, 1, [[-1]]),
           "all_never": text(1, 2, [[-1, -1, -1], [-1, -1, -1]]),
           "whole": text(2, 3, [[4, 1, 7], [2, 9, 3]]), "whole_never": text(2, 3, [[4, 1, 7], [2, -1, 3]]),
           "row": text(1, 3, [[5, 1, 2, 9, 1, 1]]), "column": text(3, 1, [[5], [1], [2], [9], [1], [1]]),
           "turned_trap": text(3, 1, [[9, 1, 9], [9, 1, 2], [9, 8, 2], [9, 9, 9]]),
           "equal": text(2, 2, [[6, 6, 6], [6, 6, 6], [6, 6, 6]]),
           "single_cells": text(1, 1, [[-1, 7, 3], [4, -1, 5]]),
           "last_block": text(2, 2, [[-1, 1, 1], [1, -1, 1], [1, 1, 2], [1, 2, 3]])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    a, b = rng.randint(MAXR // 4, MAXR // 2), rng.randint(MAXC // 4, MAXC // 2)
    if kind == "small_block":  # many blocks, each small: the answer is a genuinely small maximum
        out = text(rng.randint(2, 6), rng.randint(2, 6), random_grid(MAXR, MAXC, MAXT, 2))
    elif kind == "random":
        out = text(a, b, random_grid(MAXR, MAXC, MAXT, 0))
    elif kind == "falling":  # falling along rows and columns: each deque keeps its whole window
        step = rng.randint(1, MAXT // (MAXR * MAXC + MAXR + MAXC) or 1)
        base = rng.randint(1, 100)
        out = text(a, b, [[base + step * ((MAXR - i) * MAXC + (MAXC - j)) for j in range(MAXC)]
                          for i in range(MAXR)])
    elif kind == "lattice":  # every block holds a never-ready cell: the answer is -1
        out = text(a, b, lattice(MAXR, MAXC, a, b, MAXT))
    else:  # the lattice with a few cells repaired: only some blocks become ready
        grid = lattice(MAXR, MAXC, a, b, MAXT)
        holes = [(i, j) for i in range(MAXR) for j in range(MAXC) if grid[i][j] == -1]
        for i, j in rng.sample(holes, min(len(holes), 3)):
            grid[i][j] = rng.randint(1, MAXT)
        out = text(a, b, grid)
elif mode == "invalid":
    out = {"too_many_rows": text(1, 1, [[1]] * (MAXR + 1)), "too_wide": text(1, 1, [[1] * (MAXC + 1)]),
           "zero": text(1, 1, [[0]]), "too_big": text(1, 1, [[MAXT + 1]]), "minus_two": text(1, 1, [[-2]]),
           "a_big": text(3, 1, [[1, 2], [3, 4]]), "b_big": text(1, 3, [[1, 2], [3, 4]]),
           "short_row": "2 2 1 1\n1 2\n3\n", "missing_row": "2 2 1 1\n1 2\n",
           "double_space": "1 2 1 1\n1  2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
