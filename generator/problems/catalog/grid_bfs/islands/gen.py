"""Test generator for the grid cluster-counting task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample, random lo= hi=, single kind=water|land, full n= m=, checker n= m=, stripes, column,
serpentine n= m=, blobby density=; invalid kind=too_many_rows|too_many_cols|bad_char|short_row|extra_row|
no_final_newline|zero_rows. Sizes may say n=maxn, n=maxn-1.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

# Hand-made first samples: several cells touch only diagonally, so counting with 8 directions gives a smaller
# answer (4-directional: 5, 5 and 6 clusters; with 8 directions: 4, 4 and 3).
SAMPLES = (
    (".##..#", "#...##", "#.#...", "..#.#."),
    ("##..#.", "#..#..", "..##.#", "#....#"),
    ("#.#.##", ".#...#", ".#.#..", "##..#."),
)


def dim(key):
    value = opts[key]
    return MAXN - 1 if value == "maxn-1" else MAXN if value == "maxn" else int(value)


def render(cells):
    return f"{len(cells)} {len(cells[0])}\n" + "\n".join("".join(row) for row in cells) + "\n"


def largest(cells, mark_at_pop=False):
    """The largest cluster's size; mark_at_pop=True marks a cell only when it is popped, so a cell pushed by two
    neighbours counts twice (a wrong search)."""
    n, m = len(cells), len(cells[0])
    seen, best = set(), 0
    for start in ((r, c) for r in range(n) for c in range(m) if cells[r][c] == "#"):
        if start in seen:
            continue
        size, stack = 0, [start]
        seen.add(start)
        while stack:
            r, c = stack.pop()
            seen.add((r, c))
            size += 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < n and 0 <= nc < m and cells[nr][nc] == "#" and (nr, nc) not in seen:
                    stack.append((nr, nc))
                    if not mark_at_pop:
                        seen.add((nr, nc))
        best = max(best, size)
    return best


def blobby(n, m, density):
    return [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]


def varied(rows):
    """The grid under a random symmetry of the rectangle (transpose and flips), with a random border of '.' on
    each side: the clusters and their diagonal contacts stay exactly the same."""
    cells = [list(row) for row in rows]
    if rng.random() < 0.5:
        cells = [list(col) for col in zip(*cells)]
    if rng.random() < 0.5:
        cells.reverse()
    if rng.random() < 0.5:
        cells = [row[::-1] for row in cells]
    top, bottom, left, right = (rng.random() < 0.5 for _ in range(4))
    cells = [["."] * left + row + ["."] * right for row in cells]
    width = len(cells[0])
    return [["."] * width for _ in range(top)] + cells + [["."] * width for _ in range(bottom)]


def serpentine(n, m):
    # One long winding cluster: deep recursion for a recursive DFS, and one huge cluster.
    # The link in each water row sits near its end at a seeded offset: two problems of one job differ here.
    cells = [["#"] * m for _ in range(n)]
    for r in range(1, n, 2):
        for c in range(m):
            cells[r][c] = "."
        offset = rng.randint(0, min(2, m - 1))
        cells[r][m - 1 - offset if (r // 2) % 2 == 0 else offset] = "#"
    return cells


def checker(n, m):
    # Only diagonal contacts: every '#' is its own cluster (8-directional counting merges them all). Seeded
    # parity and a few cells turned to water keep that property and make each problem's test its own.
    parity = rng.randint(0, 1)
    return [["#" if (r + c) % 2 == parity and rng.random() < 0.97 else "." for c in range(m)] for r in range(n)]


def full(n, m):
    # All land but seeded water cells on odd-odd positions, which never split the land: still one cluster.
    cells = [["#"] * m for _ in range(n)]
    for r in range(1, n - 1, 2):
        for c in range(1, m - 1, 2):
            if rng.random() < 0.05:
                cells[r][c] = "."
    return cells


def invalid(kind):
    base = render(varied(rng.choice(SAMPLES)))
    rows = base.split("\n")
    if kind == "too_many_rows":
        return f"{MAXN + 1} 1\n" + "#\n" * (MAXN + 1)
    if kind == "too_many_cols":
        return f"1 {MAXN + 1}\n" + "." * (MAXN + 1) + "\n"
    if kind == "bad_char":
        return base.replace(".", "o", 1)
    if kind == "short_row":
        return "\n".join([rows[0], rows[1][:-1]] + rows[2:])
    if kind == "extra_row":
        return base + rows[1] + "\n"
    if kind == "no_final_newline":
        return base.rstrip("\n")
    if kind == "zero_rows":
        return "0 3\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample" and opts.get("kind") == "loop":
    # largest_island: random, redrawn until counting a cell once per time it is pushed (marking it only when it is
    # popped) gives another largest size: the largest cluster has a 2 x 2 block or a loop.
    while True:
        cells = blobby(rng.randint(3, 6), rng.randint(3, 6), rng.choice([0.4, 0.5, 0.6]))
        if largest(cells) != largest(cells, mark_at_pop=True):
            break
    out = render(cells)
elif mode == "sample":
    out = render(varied(rng.choice(SAMPLES))) if opts.get("kind") == "hand" else \
        render(blobby(rng.randint(3, 6), rng.randint(3, 6), rng.choice([0.4, 0.5, 0.6])))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    out = render(blobby(rng.randint(lo, hi), rng.randint(lo, hi), rng.choice([0.2, 0.4, 0.5, 0.6, 0.8])))
elif mode == "single":
    out = render([["." if opts["kind"] == "water" else "#"]])
elif mode == "full":
    out = render(full(dim("n"), dim("m")))
elif mode == "checker":
    out = render(checker(dim("n"), dim("m")))
elif mode == "stripes":
    out = render([["#" if c % 2 == 0 else "." for c in range(MAXN)]])
elif mode == "column":
    out = render([["#"] for _ in range(MAXN)])
elif mode == "serpentine":
    out = render(serpentine(dim("n"), dim("m")))
elif mode == "blobby":
    out = render(blobby(MAXN, MAXN, float(opts["density"])))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
