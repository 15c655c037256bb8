"""Test generator for the ice-sliding task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample kind=hand|random; random lo= hi=; serpentine n= m= (every slide runs a whole corridor,
the answer grows with N); staircase n= m= (every slide stops after one cell, the answer grows with N*M); rocks n= m=
density= (scattered rocks, S and G random); open n= m= (no rock: only the border stops a slide); invalid kind=too_big|bad_char|no_goal|two_starts|short_row|extra_row. Sizes may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

# Hand-made first sample: the first slide to the right passes over G without stopping there (answer 3, not 1);
# turned and flipped per seed.
SAMPLE = ("S..G.#", ".#....", "....#.", "#.....")


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


def rocks(n, m, density):
    if n * m < 2:
        m = 2
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    a, b = rng.sample(range(n * m), 2)
    cells[a // m][a % m], cells[b // m][b % m] = "S", "G"
    return cells


def serpentine(n, m):
    m = max(m, 2)
    cells = [["." for _ in range(m)] for _ in range(n)]
    for r in range(1, n, 2):
        for c in range(m):
            cells[r][c] = "#"
        cells[r][m - 1 if (r // 2) % 2 == 0 else 0] = "."
    # The start anywhere on the first row (seeded): the slides that follow are the same long walk, and each
    # problem gets its own test.
    last = n - 1 if (n - 1) % 2 == 0 else n - 2
    if last == 0:
        cells[0][m - 1] = "G"
    else:
        entry = m - 1 if ((last - 1) // 2) % 2 == 0 else 0
        cells[last][m - 1 - entry] = "G"
    cells[0][rng.choice([c for c in range(m) if cells[0][c] == "."])] = "S"
    return cells


def staircase(n, m):
    """Diagonal bands two cells wide between diagonals of rock ((c - r) % 3 == 2), joined at alternate ends: every
    slide inside a band stops after one cell (right, down, right, down, ...), so the moves from S to G grow with the
    area (about N*M/3 for the whole chain), not with N as in the serpentine. S is a random free cell, G the stopping
    cell farthest from it. The layer-by-layer scan pays the whole map once per move: it is too slow here on any
    Python, where the serpentine (about N moves) leaves it within a second on PyPy."""
    cells = [["#" if (c - r) % 3 == 2 else "." for c in range(m)] for r in range(n)]
    for i, d in enumerate(d for d in range(-(n - 1), m) if d % 3 == 2):  # open each rock diagonal at one end
        r0, c0 = max(0, -d), max(0, d)
        length = min(n - r0, m - c0) - 1
        cells[r0 + length * (i % 2 == 0)][c0 + length * (i % 2 == 0)] = "."
    cells = varied(cells)
    n, m = len(cells), len(cells[0])
    free = [r * m + c for r in range(n) for c in range(m) if cells[r][c] == "."]
    start = rng.choice(free)
    wall = [ch == "#" for row in cells for ch in row]
    dist = [-1] * (n * m)
    dist[start] = 0
    queue = [start]
    for x in queue:  # BFS over slides, as the reference does
        r, c = divmod(x, m)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r, c
            while 0 <= nr + dr < n and 0 <= nc + dc < m and not wall[(nr + dr) * m + nc + dc]:
                nr, nc = nr + dr, nc + dc
            y = nr * m + nc
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    goal = queue[-1]  # the last cell BFS reaches is a farthest one
    cells[start // m][start % m], cells[goal // m][goal % m] = "S", "G"
    return cells


def invalid(kind):
    base = render(varied(SAMPLE))
    rows = base.split("\n")
    if kind == "too_big":
        return f"{MAXN + 1} 2\n" + "SG\n" + "..\n" * MAXN
    if kind == "bad_char":
        return base.replace("#", "o", 1)
    if kind == "no_goal":
        return base.replace("G", ".")
    if kind == "two_starts":
        return base.replace(".", "S", 1)
    if kind == "short_row":
        return "\n".join([rows[0], rows[1][:-1]] + rows[2:])
    if kind == "extra_row":
        return base + rows[1] + "\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(varied(SAMPLE))
    else:
        out = render(rocks(rng.randint(4, 6), rng.randint(4, 7), 0.2))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    out = render(rocks(rng.randint(lo, hi), rng.randint(lo, hi), rng.choice([0.0, 0.1, 0.2, 0.35])))
elif mode == "serpentine":
    out = render(serpentine(dim("n"), dim("m")))
elif mode == "staircase":
    out = render(staircase(dim("n"), dim("m")))
elif mode == "rocks":
    out = render(rocks(dim("n"), dim("m"), float(opts["density"])))
elif mode == "open":
    out = render(rocks(dim("n"), dim("m"), 0.0))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
