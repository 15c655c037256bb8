"""Test generator for the spread-time task (multi-source BFS): python gen.py SEED MODE [key=value ...] prints one
input.

Params: maxn. Modes: sample kind=hand|random; random lo= hi=; serpentine n= m= (one source at the end of a long
corridor); many n= m= sources= (sources scattered over an open grid); sealed n= m= (an open cell walled off);
lone (a 1x1 grid: one source); corner at=first|last (a small grid whose only dry cell is its first or last cell in
reading order, walled off); wrap side=left|right (a small grid drawn until letting a step off the row's left or
right end wrap into the next row, as a flat index without a column check does, changes the answer); invalid kind=too_big|bad_char|no_source|short_row|extra_row. Sizes may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

# Hand-made first sample: two sources; the far corner is reached last, after 4 minutes (from one source alone it
# would take longer); turned and flipped per seed.
SAMPLE = ("*..#.", ".#...", "...#*", "#....")


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


def random_grid(n, m, density, sources):
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    for spot in rng.sample(range(n * m), min(n * m, sources)):
        cells[spot // m][spot % m] = "*"
    return cells


def cut_off(cells):
    """The grid with every cell the water reaches marked '*': the . cells left stay dry forever."""
    grid = [list(row) for row in cells]
    todo = [(r, c) for r, row in enumerate(grid) for c, x in enumerate(row) if x == "*"]
    while todo:
        r, c = todo.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == ".":
                grid[nr][nc] = "*"
                todo.append((nr, nc))
    return grid


def serpentine(n, m):
    cells = [["." for _ in range(m)] for _ in range(n)]
    for r in range(1, n, 2):
        for c in range(m):
            cells[r][c] = "#"
        offset = rng.randint(0, min(2, m - 1))  # near the row's end, seeded: each problem its own test
        cells[r][m - 1 - offset if (r // 2) % 2 == 0 else offset] = "."
    cells[0][0] = "*"
    return cells


def sealed(n, m):
    cells = random_grid(n, m, 0.1, max(1, n * m // 50))
    r, c = rng.randint(1, n - 2), rng.randint(1, m - 2)
    cells[r][c] = "."
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        cells[nr][nc] = "#"
    if not any("*" in row for row in cells):
        cells[0][0] = "*"
    return cells


def corner(at):
    """A small random grid where every . cell is reached except the first (at=first) or last (at=last) cell in reading
    order, walled off: the answer is -1 only because of that cell (a check that skips a corner misses it)."""
    n, m = rng.randint(2, 8), rng.randint(2, 8)
    cells = random_grid(n, m, 0.2, rng.randint(1, 3))
    r, c = (0, 0) if at == "first" else (n - 1, m - 1)
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if 0 <= nr < n and 0 <= nc < m:
            cells[nr][nc] = "#"
    cells[r][c] = "."
    if not any("*" in row for row in cells):  # the opposite corner is two or more steps from the walled one
        cells[n - 1 - r][m - 1 - c] = "*"
    wet = cut_off(cells)
    for i in range(n):
        for j in range(m):
            if wet[i][j] == "." and (i, j) != (r, c):
                cells[i][j] = "#"
    return cells


def spread(cells, wrap):
    """The answer (largest minute or -1); wrap="left"/"right" lets that side's step leave the row into the row above
    or below (a flat-index slip); wrap="" is the true rule."""
    n, m = len(cells), len(cells[0])
    g = "".join("".join(row) for row in cells)
    dist = [-1] * (n * m)
    queue = [s for s in range(n * m) if g[s] == "*"]
    for s in queue:
        dist[s] = 0
    for x in queue:
        r, c = divmod(x, m)
        left = x > 0 if wrap == "left" else c > 0
        right = x < n * m - 1 if wrap == "right" else c < m - 1
        for y, ok in ((x - m, r > 0), (x + m, r < n - 1), (x - 1, left), (x + 1, right)):
            if ok and g[y] == "." and dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    return -1 if any(g[s] == "." and dist[s] < 0 for s in range(n * m)) else max(dist)


def wrapped(side):
    while True:
        cells = random_grid(rng.randint(2, 6), rng.randint(2, 6), 0.3, rng.randint(1, 2))
        if spread(cells, side) != spread(cells, ""):
            return cells


def invalid(kind):
    base = render(varied(SAMPLE))
    rows = base.split("\n")
    if kind == "too_big":
        return f"{MAXN + 1} 1\n" + "*\n" * (MAXN + 1)
    if kind == "bad_char":
        return base.replace("#", "o", 1)
    if kind == "no_source":
        return base.replace("*", ".")
    if kind == "short_row":
        return "\n".join([rows[0], rows[1][:-1]] + rows[2:])
    if kind == "extra_row":
        return base + rows[1] + "\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(varied(SAMPLE))
    else:  # redrawn until walls cut some . cell off from the water: the answer is -1
        while True:
            cells = random_grid(rng.randint(4, 6), rng.randint(4, 7), 0.25, rng.randint(1, 3))
            if any(row[c] == "." for row in cut_off(cells) for c in range(len(row))):
                break
        out = render(cells)
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n, m = rng.randint(lo, hi), rng.randint(lo, hi)
    out = render(random_grid(n, m, rng.choice([0.0, 0.2, 0.35, 0.5]), rng.randint(1, max(1, n * m // 8))))
elif mode == "serpentine":
    out = render(serpentine(dim("n"), dim("m")))
elif mode == "many":
    out = render(random_grid(dim("n"), dim("m"), 0.15, int(opts["sources"])))
elif mode == "sealed":
    out = render(sealed(dim("n"), dim("m")))
elif mode == "corner":
    out = render(corner(opts["at"]))
elif mode == "wrap":
    out = render(wrapped(opts["side"]))
elif mode == "lone":
    out = "1 1\n*\n"
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
