"""Test generator for the safe-zones task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxh. Modes: sample kind=hand|random; random lo= hi= [top=] (heights 1..top, else a seeded top); flat n= m= h=; checker n= m= (low and high
cells alternate: many zones at one level, one zone with diagonals); dip n= m= (the count of zones falls from 2 to 1
and then rises to many); terrain n= m= (random hills and valleys); serpentine n= m= (one winding ridge of random
heights in low ground: deep searches); invalid kind=too_many_rows|too_many_cols|height_zero|height_too_big|
short_row|extra_row|leading_zero|double_space. Sizes, h and top may say maxn / maxh.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXH = int(opts["maxn"]), int(opts["maxh"])
rng = random.Random(seed)

# Hand-made samples: the best level is neither 0 nor the top one, and some zones touch only diagonally, so eight
# directions give fewer zones. Each is turned, flipped and raised by a few metres per seed.
SAMPLES = (
    ((3, 7, 2, 5, 1), (2, 6, 2, 6, 4), (5, 2, 1, 3, 7), (6, 4, 2, 8, 2), (1, 5, 3, 2, 6)),
    ((4, 1, 6, 2, 5, 3), (2, 5, 1, 7, 1, 2), (6, 2, 3, 2, 6, 4), (1, 7, 2, 4, 1, 5)),
    ((2, 8, 3, 1), (6, 2, 7, 2), (1, 5, 2, 9), (7, 2, 6, 3), (3, 4, 1, 5)),
)


def dim(key):
    value = opts[key]
    return MAXN if value == "maxn" else MAXH if value == "maxh" else int(value)


def render(cells):
    return f"{len(cells)} {len(cells[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in cells)


def varied(rows):
    cells = [list(row) for row in rows]
    if rng.random() < 0.5:
        cells = [list(col) for col in zip(*cells)]
    if rng.random() < 0.5:
        cells.reverse()
    if rng.random() < 0.5:
        cells = [row[::-1] for row in cells]
    lift = rng.randint(0, 3)
    return [[h + lift for h in row] for row in cells]


def random_grid(n, m, top):
    return [[rng.randint(1, top) for _ in range(m)] for _ in range(n)]


def zones(cells, level):
    """The number of safe zones at this level."""
    n, m = len(cells), len(cells[0])
    seen, count = {(r, c) for r in range(n) for c in range(m) if cells[r][c] <= level}, 0
    for start in ((r, c) for r in range(n) for c in range(m)):
        if start in seen:
            continue
        count += 1
        seen.add(start)
        stack = [start]
        while stack:
            r, c = stack.pop()
            for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= cell[0] < n and 0 <= cell[1] < m and cell not in seen:
                    seen.add(cell)
                    stack.append(cell)
    return count


def checker(n, m):
    cut = rng.randint(1, MAXH // 2)
    return [[rng.randint(cut + 1, MAXH) if (r + c) % 2 else rng.randint(1, cut) for c in range(m)] for r in range(n)]


def dip(n, m):
    # Left of a valley of height 1: a plateau of height 2. Right of it: ground of height 3 with isolated peaks.
    # Zones by level: 1 (r = 0), 2 (r = 1), 1 (r = 2), the number of peaks (r = 3), fewer later.
    cells = [[3] * m for _ in range(n)]
    wall = max(1, m // 3)
    for r in range(n):
        for c in range(wall):
            cells[r][c] = 2
        cells[r][wall] = 1
    for r in range(0, n, 2):
        for c in range(wall + 2, m, 2):
            if rng.random() < 0.8:
                cells[r][c] = rng.randint(4, MAXH)
    return cells


def terrain(n, m):
    hills = [(rng.randrange(n), rng.randrange(m), rng.randint(MAXH // 4, MAXH), rng.uniform(0.05, 0.3))
             for _ in range(rng.randint(5, 40))]
    cells = []
    for r in range(n):
        row = []
        for c in range(m):
            h = max(top - slope * top * (abs(r - hr) + abs(c - hc)) ** 0.8 for hr, hc, top, slope in hills)
            row.append(min(MAXH, max(1, int(h) + rng.randint(-3, 3))))
        cells.append(row)
    return cells


def serpentine(n, m):
    cells = [[1] * m for _ in range(n)]
    for r in range(0, n, 2):
        for c in range(m):
            cells[r][c] = rng.randint(2, MAXH)
        if r + 1 < n:
            cells[r + 1][m - 1 if (r // 2) % 2 == 0 else 0] = rng.randint(2, MAXH)
    return cells


def invalid(kind):
    base = render(varied(rng.choice(SAMPLES)))
    rows = base.split("\n")
    if kind == "too_many_rows":
        return f"{MAXN + 1} 1\n" + "1\n" * (MAXN + 1)
    if kind == "too_many_cols":
        return f"1 {MAXN + 1}\n" + " ".join(["1"] * (MAXN + 1)) + "\n"
    if kind == "height_zero":
        rows[1] = "0" + rows[1][rows[1].index(" "):]
        return "\n".join(rows)
    if kind == "height_too_big":
        rows[2] = str(MAXH + 1) + rows[2][rows[2].index(" "):]
        return "\n".join(rows)
    if kind == "short_row":
        rows[1] = rows[1][:rows[1].rindex(" ")]
        return "\n".join(rows)
    if kind == "extra_row":
        return base + rows[1] + "\n"
    if kind == "leading_zero":
        rows[1] = "0" + rows[1]
        return "\n".join(rows)
    if kind == "double_space":
        rows[1] = rows[1].replace(" ", "  ", 1)
        return "\n".join(rows)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(varied(rng.choice(SAMPLES)))
    else:  # redrawn until the count of zones falls and rises again, above its first peak
        while True:
            cells = random_grid(rng.randint(4, 6), rng.randint(4, 6), rng.randint(4, 9))
            counts = [zones(cells, r) for r in range(max(map(max, cells)) + 1)]
            drop = next(i for i in range(len(counts)) if i + 1 == len(counts) or counts[i + 1] < counts[i])
            if max(counts) > counts[drop]:
                break
        out = render(cells)
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    top = dim("top") if "top" in opts else rng.choice([1, 2, 3, 5, 9, MAXH])
    out = render(random_grid(rng.randint(lo, hi), rng.randint(lo, hi), top))
elif mode == "flat":
    out = render([[dim("h")] * dim("m") for _ in range(dim("n"))])
elif mode == "checker":
    out = render(checker(dim("n"), dim("m")))
elif mode == "dip":
    out = render(dip(dim("n"), dim("m")))
elif mode == "terrain":
    out = render(terrain(dim("n"), dim("m")))
elif mode == "serpentine":
    out = render(serpentine(dim("n"), dim("m")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
