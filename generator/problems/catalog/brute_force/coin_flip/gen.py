"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "R C", then R lines of C characters H/T. Params: maxr, maxc. Modes: sample, random hi=, hidden hi= (a
grid of all heads with random rows and columns flipped, plus a few single-coin changes), case name=,
thin side=wide|tall, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXC = int(opts["maxr"]), int(opts["maxc"])
rng = random.Random(seed)


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join("T" if v else "H" for v in row) + "\n" for row in grid)


def noise(r, c, p=0.5):
    return [[int(rng.random() < p) for _ in range(c)] for _ in range(r)]


def hidden(r, c, changes):
    """All heads, then random row and column flips, then `changes` single coins turned: the answer is at most
    `changes`, and greedy row flips usually miss it."""
    flip_rows = [rng.randint(0, 1) for _ in range(r)]
    flip_cols = [rng.randint(0, 1) for _ in range(c)]
    grid = [[flip_rows[i] ^ flip_cols[j] for j in range(c)] for i in range(r)]
    for _ in range(changes):
        i, j = rng.randrange(r), rng.randrange(c)
        grid[i][j] ^= 1
    return grid


def size(hi):
    return rng.randint(1, min(MAXR, hi)), rng.randint(1, min(MAXC, hi))


def fewest(grid, greedy=False, column_count=False):
    """The fewest tails left: every set of rows flipped, then each column on its own; greedy=True flips only the
    rows with more tails than heads (wa_greedy_rows); column_count=True weighs a column's flip with C, not R
    (wa_uses_column_count, which leaves the last row alone)."""
    r, c = len(grid), len(grid[0])
    best = None
    for rows in range(1 << (r - 1 if column_count else r)):
        if greedy and rows != sum(1 << i for i in range(r) if 2 * sum(grid[i]) > c):
            continue
        size = c if column_count else r
        left = sum(min(t, size - t) for t in (sum(grid[i][j] ^ (rows >> i & 1) for i in range(r)) for j in range(c)))
        best = left if best is None else min(best, left)
    return best


if mode == "sample":  # redrawn until flipping the rows greedily, or counting a column's coins as C, errs
    while True:
        grid = noise(rng.randint(3, 4), rng.randint(3, 5))
        best = fewest(grid)
        if best != fewest(grid, greedy=True) and best != fewest(grid, column_count=True):
            break
elif mode == "random":
    r, c = size(int(opts["hi"]))
    grid = noise(r, c, rng.choice([0.2, 0.5, 0.8]))
elif mode == "hidden":
    r, c = size(int(opts["hi"]))
    grid = hidden(r, c, rng.randint(0, max(1, r * c // 6)))
elif mode == "case":
    grid = {
        "one_head": [[0]],
        "one_tail": [[1]],
        "row": [[1, 0, 1, 1, 0]],
        "column": [[1], [1], [0], [1]],
        "checker": [[(i + j) % 2 for j in range(4)] for i in range(3)],
        "all_tails": [[1] * 5 for _ in range(2)],
        "wide": [[1, 1, 1, 0, 0, 1], [0, 0, 1, 0, 1, 1]],
    }[opts["name"]]
elif mode == "thin":  # 2 rows (side=wide) or 2 columns (side=tall), the long side max: half the long lines
    # match (heads-heads or tails-tails), half differ, so no flip helps and min(#match, #differ) tails stay: an
    # answer larger than the short side squared (a first "best so far" of R * R or C * C instead of R * C is wrong)
    long = MAXC if opts["side"] == "wide" else MAXR
    differ = [1] * (long // 2) + [0] * (long - long // 2)
    rng.shuffle(differ)
    pairs = [(a, a ^ d) for a, d in ((rng.randint(0, 1), d) for d in differ)]
    grid = [[a for a, _ in pairs], [b for _, b in pairs]]
    if opts["side"] == "tall":
        grid = [list(row) for row in zip(*grid)]
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        grid = noise(MAXR, MAXC)
    elif kind == "hidden":
        grid = hidden(MAXR, MAXC, rng.randint(10, 40))
    else:  # tall_narrow: many rows, few columns
        grid = noise(MAXR, rng.randint(2, 5))
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({
        "too_tall": lambda: render(noise(MAXR + 1, 2)),
        "too_wide": lambda: render(noise(2, MAXC + 1)),
        "bad_char": lambda: "2 2\nHT\nTX\n",
        "short_row": lambda: "2 3\nHTH\nTH\n",
        "missing_row": lambda: "3 2\nHT\nTH\n",
        "zero": lambda: "0 2\n",
    }[kind]())
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(grid))
