"""Test generator for recursion.paper_count: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample n=, random lo= hi= (N = 3^k, k drawn), case name=, max kind=blocks|noise,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)
NINTHS = [(i, j) for i in range(3) for j in range(3)]


def blocky(n, split=0.6, noise=0.0):
    """A sheet made by recursive cutting: a square is one number or cut into nine again (cells changed with `noise`)."""
    grid = [[0] * n for _ in range(n)]

    def fill(top, left, size):
        if size == 1 or (size < n and rng.random() > split):  # the whole picture is always cut once
            value = rng.randint(-1, 1)
            for r in range(top, top + size):
                for c in range(left, left + size):
                    grid[r][c] = value if rng.random() >= noise else rng.choice([v for v in (-1, 0, 1) if v != value])
            return
        t = size // 3
        for i, j in NINTHS:
            fill(top + i * t, left + j * t, t)

    fill(0, 0, n)
    return grid


def text(grid):
    return f"{len(grid)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)


def count(g, top, left, size, how, out):
    """Pieces per value with the uniformity check `how`: right, sum, edges (first row and column), base3."""
    first = g[top][left]
    if how == "base3" and size <= 3:
        for r in range(top, top + size):
            for c in range(left, left + size):
                out[g[r][c]] += 1
        return
    cells = [g[r][c] for r in range(top, top + size) for c in range(left, left + size)]
    if how == "sum":
        one = sum(cells) in (-size * size, 0, size * size)
        first = sum(cells) // (size * size)
    elif how == "edges":
        one = all(g[top][c] == first for c in range(left, left + size)) and all(
            g[r][left] == first for r in range(top, top + size))
    else:
        one = all(x == first for x in cells)
    if one:
        out[first] += 1
        return
    t = size // 3
    for i, j in NINTHS:
        count(g, top + i * t, left + j * t, t, how, out)


def counts(g, how):
    out = {-1: 0, 0: 0, 1: 0}
    count(g, 0, 0, len(g), how, out)
    return out


if mode == "sample":  # redrawn until the sum check, the first row and column check and a base case at 3 all miscount
    n = int(opts["n"])
    while True:
        grid = blocky(n, split=0.7) if n > 3 else [[rng.randint(-1, 1) for _ in range(3)] for _ in range(3)]
        right = counts(grid, "right")
        wrong = [counts(grid, how) for how in ("sum", "edges", "base3")]
        if n == 3:  # a 3 x 3 whose -1s and 1s cancel out: still nine pieces
            flat = sum(grid, [])
            if sum(flat) == 0 and -1 in flat and 1 in flat:
                break
        elif all(w != right for w in wrong):
            break
    out = text(grid)
elif mode == "random":
    n = 3 ** rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = text(blocky(n, split=rng.choice([0.4, 0.6, 0.8]), noise=rng.choice([0, 0, 0.02])))
elif mode == "case":
    name = opts["name"]
    if name == "one_cell":
        out = f"1\n{rng.randint(-1, 1)}\n"
    elif name == "uniform":
        out = text([[-1] * 27 for _ in range(27)])
    elif name == "one_odd_cell":  # a single cell differs, in the bottom-right corner
        grid = [[1] * 27 for _ in range(27)]
        grid[26][26] = 0
        out = text(grid)
    elif name == "cancelling":  # squares of -1s and 1s in equal numbers, around 0s
        grid = blocky(27, split=0.7)
        for _ in range(6):
            t = rng.choice([3, 9])
            top, left = rng.randrange(0, 27, t), rng.randrange(0, 27, t)
            cells = [(r, c) for r in range(top, top + t) for c in range(left, left + t)]
            rng.shuffle(cells)
            for k, (r, c) in enumerate(cells):
                grid[r][c] = 0 if k == 0 else (1 if k % 2 else -1)
        out = text(grid)
    else:  # inner_only: one-number squares but for one cell off the first row and column
        grid = blocky(81, split=0.6)
        for _ in range(20):
            t = rng.choice([3, 9, 27])
            top, left = rng.randrange(0, 81, t), rng.randrange(0, 81, t)
            value = grid[top][left]
            for r in range(top, top + t):
                for c in range(left, left + t):
                    grid[r][c] = value
            grid[rng.randrange(top + 1, top + t)][rng.randrange(left + 1, left + t)] = -value if value else 1
        out = text(grid)
elif mode == "max":
    if opts["kind"] == "blocks":
        out = text(blocky(MAXN, split=0.7))
    else:
        out = text([[rng.randint(-1, 1) for _ in range(MAXN)] for _ in range(MAXN)])
elif mode == "invalid":
    out = {
        "not_power": text([[0] * 6 for _ in range(6)]), "too_big": text([[0] * (3 * MAXN) for _ in range(3 * MAXN)]),
        "value_two": "3\n0 0 0\n0 2 0\n0 0 0\n", "short_row": "3\n1 1 1\n1 1\n1 1 1\n",
        "missing_row": "3\n1 1 1\n1 1 1\n", "minus_zero": "3\n0 0 0\n0 -0 0\n0 0 0\n",
        "double_space": "3\n0 0 0\n0  0 0\n0 0 0\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
