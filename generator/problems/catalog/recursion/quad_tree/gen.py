"""Test generator for recursion.quad_tree: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample n=, random lo= hi= (N = 2^k, k drawn), case name=, max kind=blocks|noise,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def blocky(n, split=0.6, noise=0.0):
    """A picture made by recursive quartering: a square is one colour or split again (pixels flipped with `noise`)."""
    grid = [[0] * n for _ in range(n)]

    def fill(top, left, size):
        if size == 1 or (size < n and rng.random() > split):  # the whole picture is always cut once
            colour = rng.randint(0, 1)
            for r in range(top, top + size):
                for c in range(left, left + size):
                    grid[r][c] = colour if rng.random() >= noise else 1 - colour
            return
        h = size // 2
        for dr, dc in ((0, 0), (0, h), (h, 0), (h, h)):
            fill(top + dr, left + dc, h)

    fill(0, 0, n)
    return grid


def text(grid):
    return f"{len(grid)}\n" + "".join("".join(map(str, row)) + "\n" for row in grid)


def encode(g, top, left, size, order, shrink):
    """The quad tree with the quarters in `order`; `shrink` = 1 checks one row and column short."""
    first = g[top][left]
    span = max(size - shrink, 1)
    if all(g[r][c] == first for r in range(top, top + span) for c in range(left, left + span)):
        return str(first)
    h = size // 2
    return "(" + "".join(encode(g, top + dr * h, left + dc * h, h, order, shrink) for dr, dc in order) + ")"


Z = ((0, 0), (0, 1), (1, 0), (1, 1))
WRONG = [(((0, 0), (1, 0), (0, 1), (1, 1)), 0), (((0, 0), (0, 1), (1, 1), (1, 0)), 0), (Z, 1)]

if mode == "sample":  # redrawn until each quarter order and a check that stops one row short give other strings
    n = int(opts["n"])
    while True:
        grid = blocky(n, split=0.75)
        right = encode(grid, 0, 0, n, Z, 0)
        if len(right) <= 45 and all(encode(grid, 0, 0, n, o, s) != right for o, s in WRONG):
            break
    out = text(grid)
elif mode == "random":
    n = 1 << rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = text(blocky(n, split=rng.choice([0.4, 0.6, 0.8]), noise=rng.choice([0, 0, 0.01])))
elif mode == "case":
    name = opts["name"]
    if name == "one_pixel":
        out = f"1\n{rng.randint(0, 1)}\n"
    elif name == "uniform":
        out = text([[1] * 16 for _ in range(16)])
    elif name == "one_odd_corner":  # a single pixel differs, in the bottom-right corner
        grid = [[0] * 16 for _ in range(16)]
        grid[15][15] = 1
        out = text(grid)
    elif name == "checkerboard":
        out = text([[(r + c) % 2 for c in range(8)] for r in range(8)])
    else:  # last_row_only: squares that differ from their colour only in their last row or column
        n = 32
        grid = blocky(n, split=0.5)
        for _ in range(12):
            size = 1 << rng.randint(1, 4)
            top, left = rng.randrange(0, n, size), rng.randrange(0, n, size)
            colour = grid[top][left]
            for r in range(top, top + size):
                for c in range(left, left + size):
                    grid[r][c] = colour
            if rng.random() < 0.5:
                grid[top + size - 1][rng.randrange(left, left + size)] = 1 - colour
            else:
                grid[rng.randrange(top, top + size)][left + size - 1] = 1 - colour
        out = text(grid)
elif mode == "max":
    if opts["kind"] == "blocks":
        out = text(blocky(MAXN, split=0.7))
    else:
        out = text([[rng.randint(0, 1) for _ in range(MAXN)] for _ in range(MAXN)])
elif mode == "invalid":
    out = {
        "not_power": text([[0] * 6 for _ in range(6)]), "too_big": text([[0] * (2 * MAXN) for _ in range(2 * MAXN)]),
        "bad_char": "2\n01\n12\n", "short_row": "4\n0101\n010\n0101\n0101\n", "missing_row": "4\n0000\n1111\n0000\n",
        "spaces": "2\n0 1\n1 0\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
