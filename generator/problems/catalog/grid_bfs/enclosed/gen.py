"""Test generator for the enclosed-cells task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample kind=hand|random; random lo= hi=; fortress n= m= (a ring of '#' just inside the
border, open inside); rings n= m= (nested rings, each with or without a gap); serpentine n= m= (a long corridor
that reaches the border only at its far end); pockets (pockets open only towards the bottom or right border).
Sizes may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

# Hand-made first sample: one pocket is closed (1 cell), one is open only towards one edge (a search started from
# the wrong edges alone misses it); the sample is turned and flipped per seed.
SAMPLE = ("......", ".###..", ".#.#..", ".###.#", "..#.#.", "..#.#.")


def dim(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def render(cells):
    return f"{len(cells)} {len(cells[0])}\n" + "\n".join("".join(row) for row in cells) + "\n"


def varied(rows):
    cells = [list(row) for row in rows]
    if rng.random() < 0.5:
        cells = [list(col) for col in zip(*cells)]
    if rng.random() < 0.5:
        cells.reverse()
    if rng.random() < 0.5:
        cells = [row[::-1] for row in cells]
    return cells


def random_grid(n, m, density):
    return [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]


def enclosed(cells, sides=4):
    """The . cells from which no steps lead to the edge; sides=2 starts the flood fill from the first row and
    column only (a wrong fill)."""
    n, m = len(cells), len(cells[0])
    stack = [(r, c) for r in range(n) for c in range(m) if cells[r][c] == "." and (
        r == 0 or c == 0 or (sides == 4 and (r == n - 1 or c == m - 1)))]
    seen = set(stack)
    while stack:
        r, c = stack.pop()
        for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= cell[0] < n and 0 <= cell[1] < m and cells[cell[0]][cell[1]] == "." and cell not in seen:
                seen.add(cell)
                stack.append(cell)
    return sum(list(row).count(".") for row in cells) - len(seen)


def fortress(n, m):
    cells = [["." for _ in range(m)] for _ in range(n)]
    if n >= 3 and m >= 3:
        for r in range(1, n - 1):
            cells[r][1] = cells[r][m - 2] = "#"
        for c in range(1, m - 1):
            cells[1][c] = cells[n - 2][c] = "#"
        for r in range(3, n - 3):  # seeded rocks inside the wall: each problem's fortress is its own
            for c in range(3, m - 3):
                if rng.random() < 0.03:
                    cells[r][c] = "#"
    return cells


def rings(n, m):
    cells = [["." for _ in range(m)] for _ in range(n)]
    k = 1
    while k < n - 1 - k and k < m - 1 - k:
        for r in range(k, n - k):
            cells[r][k] = cells[r][m - 1 - k] = "#"
        for c in range(k, m - k):
            cells[k][c] = cells[n - 1 - k][c] = "#"
        if rng.random() < 0.5:  # a gap joins this ring's inside to its outside
            cells[n - 1 - k][rng.randint(k + 1, max(k + 1, m - 2 - k))] = "."
        k += 2
    return cells


def serpentine(n, m):
    # Walls everywhere except a winding corridor; the corridor's only exit is at the bottom-right border.
    cells = [["#" for _ in range(m)] for _ in range(n)]
    for r in range(1, n - 1, 2):
        for c in range(1, m - 1):
            cells[r][c] = "."
        if r + 2 < n - 1:  # the join near the row's end, at a seeded offset (each problem its own test)
            offset = rng.randint(0, max(0, min(2, m - 4)))
            cells[r + 1][m - 2 - offset if (r // 2) % 2 == 0 else 1 + offset] = "."
    last = n - 2 if (n - 2) % 2 == 1 else n - 3
    if last >= 1 and m >= 3:
        cells[last][m - 1] = "."
    return cells


def pockets(n, m):
    cells = random_grid(n, m, 0.3)
    for _ in range(max(1, n * m // 40)):
        r, c = rng.randint(0, n - 1), rng.randint(0, m - 1)
        if rng.random() < 0.5:  # a column pocket open towards the bottom edge
            for rr in range(r, n):
                cells[rr][c] = "."
                if c > 0:
                    cells[rr][c - 1] = "#"
                if c + 1 < m:
                    cells[rr][c + 1] = "#"
            if r > 0:
                cells[r - 1][c] = "#"
        else:  # a row pocket open towards the right edge
            for cc in range(c, m):
                cells[r][cc] = "."
                if r > 0:
                    cells[r - 1][cc] = "#"
                if r + 1 < n:
                    cells[r + 1][cc] = "#"
            if c > 0:
                cells[r][c - 1] = "#"
    return cells


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(varied(SAMPLE))
    else:  # redrawn until some . cells reach the edge only through the last row or column, so a flood fill
        # started from the first row and column alone counts them as enclosed
        while True:
            cells = random_grid(rng.randint(4, 7), rng.randint(4, 7), rng.choice([0.4, 0.5]))
            if enclosed(cells) != enclosed(cells, sides=2):
                break
        out = render(cells)
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    out = render(random_grid(rng.randint(lo, hi), rng.randint(lo, hi), rng.choice([0.0, 0.3, 0.45, 0.6, 1.0])))
elif mode == "fortress":
    out = render(fortress(dim("n"), dim("m")))
elif mode == "rings":
    out = render(rings(dim("n"), dim("m")))
elif mode == "serpentine":
    out = render(serpentine(dim("n"), dim("m")))
elif mode == "pockets":
    out = render(pockets(dim("n"), dim("m")))
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
