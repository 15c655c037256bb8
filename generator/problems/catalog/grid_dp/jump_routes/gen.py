"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then N rows of M digits. Params: maxn, maxm. Modes: sample1, sample2, random lo= hi= [top=]
[zeros=], skewed side= lo= hi=, fixed case=, anti, max kind=, invalid kind=. top is the largest digit used, zeros the share of 0s."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)


def grid(n, m, top, zeros):
    g = [[0 if rng.random() < zeros else rng.randint(1, top) for _ in range(m)] for _ in range(n)]
    g[n - 1][m - 1] = rng.randint(0, 9)  # the last cell's digit never matters
    if rng.random() < 0.9:  # open the last cell's neighbours, so that most grids have routes
        if n > 1:
            g[n - 2][m - 1] = 1
        if m > 1:
            g[n - 1][m - 2] = 1
    return g


def routes(g, stuck=""):
    """Route count; stuck="column" / "row": no cell of the last column / row jumps (slips mode skewed catches)."""
    n, m = len(g), len(g[0])
    ways = [[0] * m for _ in range(n)]
    ways[0][0] = 1
    for i in range(n):
        for j in range(m):
            step = g[i][j]
            blocked = (stuck == "column" and j == m - 1) or (stuck == "row" and i == n - 1)
            if step and (i, j) != (n - 1, m - 1) and not blocked:
                if j + step < m:
                    ways[i][j + step] += ways[i][j]
                if i + step < n:
                    ways[i + step][j] += ways[i][j]
    return ways[n - 1][m - 1]


if mode == "sample1":
    # A 4 x 4 board with a 0 that some jumps land on and a nonzero digit on the last cell, and at least two
    # routes (BOJ 1890 shape), drawn per seed.
    while True:
        g = [[rng.randint(1, 3) for _ in range(4)] for _ in range(4)]
        g[rng.randint(1, 3)][rng.randint(0, 2)] = 0
        g[3][3] = rng.randint(1, 9)
        if routes(g) >= 2:
            break
    out = render(g)
elif mode == "sample2":
    while True:  # a sample with at least two routes, and a 0 on the last cell (as in BOJ 1890): a jump of 0 is none
        g = grid(rng.randint(3, 5), rng.randint(3, 5), 2, 0.1)
        g[-1][-1] = 0
        if routes(g) >= 2:
            break
    out = render(g)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(int(opts["lo"]), min(MAXM, int(opts["hi"])))
    out = render(grid(n, m, int(opts.get("top") or rng.choice([2, 3, 9])), float(opts.get("zeros", 0.1))))
elif mode == "skewed":
    # side=tall: one row more than columns (M = N - 1); side=wide: one column more than rows (M = N + 1); the
    # shorter side from lo to hi. Drawn until some route jumps along the last column (tall) or the last row (wide),
    # so a program whose end-cell test stops that whole column or row on such a shape gives another count.
    tall = opts["side"] == "tall"
    lo, hi = int(opts["lo"]), min(MAXM - (not tall), MAXN - tall, int(opts["hi"]))
    while True:
        k = rng.randint(lo, hi)
        g = grid(k + 1, k, rng.choice([1, 2, 3]), 0.1) if tall else grid(k, k + 1, rng.choice([1, 2, 3]), 0.1)
        if routes(g) != routes(g, stuck="column" if tall else "row"):
            break
    out = render(g)
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: "1 1\n0\n",
        "single_digit": lambda: "1 1\n7\n",
        "start_zero": lambda: "2 2\n0 1\n1 0\n",
        "row": lambda: "1 5\n1 1 1 1 3\n",
        "overshoot": lambda: "2 3\n3 3 1\n3 3 0\n",
        "zero_last": lambda: "2 2\n1 1\n1 0\n",
        "pull_trap": lambda: "3 3\n1 2 1\n2 1 1\n1 1 2\n",
    }[case]()
elif mode == "anti":
    # Only 1s and 2s: the count explodes (the modulo matters) and routes cannot be listed one by one.
    out = render(grid(rng.randint(40, 60), rng.randint(40, 60), 2, 0.0))
elif mode == "max":
    kind = opts["kind"]
    if kind == "ones_twos":
        out = render(grid(MAXN, MAXM, 2, 0.0))
    elif kind == "digits":
        out = render(grid(MAXN, MAXM, 9, 0.05))
    elif kind == "zeros":
        out = render(grid(MAXN, MAXM, 3, 0.08))
    else:  # thin: one row less or one column less than the maximum, ones only
        out = render(grid(MAXN - rng.randint(0, 3), MAXM, 1, 0.0))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([[1] * 2 for _ in range(MAXN + 1)]),
        "digit_ten": lambda: "2 2\n1 10\n1 0\n",
        "negative": lambda: "2 2\n1 -1\n1 0\n",
        "short_row": lambda: "2 3\n1 1 1\n1 1\n",
        "no_spaces": lambda: "2 2\n11\n10\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
