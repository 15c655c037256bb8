"""Test generator for the grid tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: variant (corners | anywhere | nearest_exit | break_walls), maxn, max_k, k.
Modes: sample, sample_blocked (answer -1), random lo= hi=, line_row, line_col, tiny, walled, serpentine, serpentine_shortcut, small_serpentine,
trap, far, dense; invalid inputs: too_big, bad_char, no_start, no_exit, extra_row, short_row, k_too_big.
"""
import random
import sys
from collections import deque

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT, MAXN = opts["variant"], int(opts["maxn"])
MAX_K, K = int(opts.get("max_k", "0")), int(opts.get("k", "0"))
rng = random.Random(seed)


def exits_for(n, m):
    return rng.randint(1, max(1, min(4, n * m - 1))) if VARIANT == "nearest_exit" else 1


def grid(n, m, density, exits=1):
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    if VARIANT == "corners":
        cells[0][0], cells[n - 1][m - 1] = "S", "E"
        return cells
    spots = rng.sample(range(n * m), exits + 1)
    r, c = divmod(spots[0], m)
    cells[r][c] = "S"
    for spot in spots[1:]:
        r, c = divmod(spot, m)
        cells[r][c] = "E"
    return cells


def render(cells, k=K):
    n, m = len(cells), len(cells[0])
    head = f"{n} {m} {k}" if VARIANT == "break_walls" else f"{n} {m}"
    return head + "\n" + "\n".join("".join(row) for row in cells) + "\n"


def random_case(lo, hi):
    n, m = rng.randint(lo, hi), rng.randint(lo, hi)
    if n * m < 2:
        m = 2
    return render(grid(n, m, rng.choice([0.0, 0.2, 0.35, 0.5]), exits_for(n, m)))


def serpentine(n, m, shortcut=False):
    # One long winding corridor (answer about N·M/2). With `shortcut` the left column is open too: a right-first
    # DFS follows the corridor while BFS goes straight down.
    # Each wall row's gap sits near its end, at a seeded offset: two problems of one job never share this test.
    cells = [["." for _ in range(m)] for _ in range(n)]
    for r in range(1, n, 2):
        for c in range(m):
            cells[r][c] = "#"
        offset = rng.randint(0, min(2, m - 1))
        cells[r][m - 1 - offset if (r // 2) % 2 == 0 else offset] = "."
        if shortcut:
            cells[r][0] = "."
    cells[0][0] = "S"
    if VARIANT == "corners":
        cells[n - 1][m - 1] = "E"
    else:
        cells[n - 1][m - 1 if (n // 2) % 2 == 0 else 0] = "E"
    return render(cells, 0)


def walled(cells):
    # S surrounded by walls: unreachable unless walls may be broken.
    n, m = len(cells), len(cells[0])
    for r in range(n):
        for c in range(m):
            if cells[r][c] == "S":
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < n and 0 <= nc < m and cells[nr][nc] == ".":
                        cells[nr][nc] = "#"
    return cells


def far_apart(cells):
    # Seeded pillars on odd-odd cells never cut the grid, and row 0 / the last column stay open, so the answer is
    # still the corner-to-corner distance while the test differs from seed to seed.
    n, m = len(cells), len(cells[0])
    for r in range(1, n - 1, 2):
        for c in range(1, m - 1, 2):
            if rng.random() < 0.1:
                cells[r][c] = "#"
    for row in cells:
        for c in range(m):
            if row[c] in "SE":
                row[c] = "."
    cells[0][0], cells[n - 1][m - 1] = "S", "E"
    return cells


def sample():
    n, m = rng.randint(3, 5), rng.randint(3, 5)
    if VARIANT == "break_walls":
        # Redrawn until a BFS that remembers only the cell (not how many walls were broken to reach it) answers
        # otherwise: the first way into some cell breaks more walls than a later one and blocks the route on; and
        # until the first route a depth-first search finds is not a shortest one.
        while True:
            cells = grid(n, m, 0.4)
            best = wall_moves(cells, K)
            if best != wall_moves(cells, K, cell_only=True) and best != first_route(cells, K):
                return render(cells)
            n, m = rng.randint(3, 5), rng.randint(3, 5)
    # Sparse walls: samples usually have a route. Redrawn until the first route a depth-first search finds
    # (wa_dfs_first_path, right/down/left/up) is longer than the shortest one.
    while True:
        cells = grid(n, m, 0.15, exits_for(n, m))
        if wall_moves(cells, 0) != first_route(cells, 0):
            return render(cells)
        n, m = rng.randint(3, 5), rng.randint(3, 5)


def first_route(cells, k):
    """break_walls: the length of the first route a depth-first search over (cell, walls broken) finds (right,
    down, left, up), a wrong answer."""
    n, m = len(cells), len(cells[0])
    start = next((r, c) for r in range(n) for c in range(m) if cells[r][c] == "S")
    seen, stack = {(start, 0)}, [(start, 0, 0, iter(((0, 1), (1, 0), (0, -1), (-1, 0))))]
    while stack:
        (r, c), used, d, dirs = stack[-1]
        if cells[r][c] == "E":
            return d
        for dr, dc in dirs:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < m:
                nu = used + (cells[nr][nc] == "#")
                if nu <= k and ((nr, nc), nu) not in seen:
                    seen.add(((nr, nc), nu))
                    stack.append(((nr, nc), nu, d + 1, iter(((0, 1), (1, 0), (0, -1), (-1, 0)))))
                    break
        else:
            stack.pop()
    return -1


def wall_moves(cells, k, cell_only=False):
    """break_walls: the fewest moves from S to E breaking at most k walls; cell_only=True keeps one state per cell
    (the first to reach it, up/down/left/right order), a wrong search."""
    n, m = len(cells), len(cells[0])
    start = next((r, c) for r in range(n) for c in range(m) if cells[r][c] == "S")
    first = (start, 0)
    dist, todo = {(start if cell_only else first): 0}, deque([first])
    while todo:
        (r, c), used = todo.popleft()
        here = dist[(r, c) if cell_only else ((r, c), used)]
        if cells[r][c] == "E":
            return here
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nu = used + (cells[nr][nc] == "#")
                key = (nr, nc) if cell_only else ((nr, nc), nu)
                if nu <= k and key not in dist:
                    dist[key] = here + 1
                    todo.append(((nr, nc), nu))
    return -1


def invalid(kind):
    base = sample()
    lines = base.split("\n")
    if kind == "too_big":
        head = f"{MAXN + 1} 1" + (" 0" if VARIANT == "break_walls" else "")
        return head + "\nS\n" + ".\n" * (MAXN - 1) + "E\n"
    if kind == "bad_char":
        return base.replace(".", "*", 1) if "." in base else base.replace("#", "*", 1)
    if kind == "no_start":
        return base.replace("S", ".", 1)
    if kind == "no_exit":
        return base.replace("E", ".")
    if kind == "extra_row":
        return base + lines[1] + "\n"
    if kind == "short_row":
        lines[1] = lines[1][:-1] if len(lines[1]) > 1 else lines[1] + "."
        return "\n".join(lines)
    if kind == "k_too_big":
        n0, m0 = lines[0].split()[:2]
        lines[0] = f"{n0} {m0} {MAX_K + 1}"
        return "\n".join(lines)
    raise SystemExit(f"unknown invalid kind {kind}")


odd = MAXN if MAXN % 2 else MAXN - 1
small = min(MAXN, 8)
if mode == "sample":
    out = sample()
elif mode == "sample_blocked":
    # A sample answering -1 (anywhere): a full column of walls parts S, left of it, from E, right of it.
    n, m = rng.randint(3, 5), rng.randint(4, 6)
    cells = [["#" if rng.random() < 0.15 else "." for _ in range(m)] for _ in range(n)]
    wall = rng.randint(1, m - 2)
    for row in cells:
        row[wall] = "#"
    cells[rng.randrange(n)][rng.randrange(wall)] = "S"
    cells[rng.randrange(n)][rng.randrange(wall + 1, m)] = "E"
    out = render(cells, 0)
elif mode == "random":
    out = random_case(int(opts["lo"]), min(MAXN, int(opts["hi"])))
elif mode == "line_row":
    out = render(grid(1, small, 0.0))
elif mode == "line_col":
    out = render(grid(small, 1, 0.0))
elif mode == "tiny":
    out = render(grid(2, 2, 0.0))
elif mode == "walled":
    out = render(walled(grid(5, 5, 0.0)))
elif mode == "serpentine":
    out = serpentine(odd, MAXN)
elif mode == "serpentine_shortcut":
    out = serpentine(odd, MAXN, shortcut=True)
elif mode == "small_serpentine":
    out = serpentine(7, 8, shortcut=True)
elif mode == "trap":
    # The cell reached first (after a break) is not the one that can still break the last wall: a search that
    # remembers cells but not breaks used answers -1 here instead of 6.
    trap = [list("S#.#E"), list("...##")]
    if rng.random() < 0.5:
        trap = [row[::-1] for row in trap]
    out = render(trap, 1)
elif mode == "far":
    out = render(far_apart(grid(MAXN, MAXN, 0.0)))
elif mode == "dense":
    out = render(grid(MAXN, MAXN, 0.3, exits_for(MAXN, MAXN)))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
