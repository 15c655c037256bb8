"""Test generator for the fire-escape task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample kind=hand|random; random lo= hi=; serpentine n= m= fire=0|1 (walled map, one long
corridor from J to the only gap in the edge; with fire=1 the fire starts right behind J and chases it; M >= 5); field n= m=
fires= (open map, J and fires at random inner cells); trapped n= m= (J walled in); invalid kind=too_big|bad_char|
no_person|two_persons|short_row|extra_row. Sizes may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)

# Hand-made first sample: the shortest way out passes a cell the fire reaches in the same minute, so it is closed
# (answer 5; entering with the fire would give 2); turned and flipped per seed.
SAMPLE = ("....F#", "#..J..", "..#...", "..##..", ".....#")


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


def random_map(n, m, density, fires):
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    spots = rng.sample(range(n * m), min(n * m, 1 + fires))
    for i, spot in enumerate(spots):
        cells[spot // m][spot % m] = "J" if i == 0 else "F"
    return cells


def serpentine(n, m, fire):
    # Border of walls; inside, corridors on rows 1, 3, 5, ... joined at alternating ends; J at the corridor's start,
    # the only gap in the border at its end.
    cells = [["#" for _ in range(m)] for _ in range(n)]
    rows = list(range(1, n - 1, 2))
    for i, r in enumerate(rows):
        for c in range(1, m - 1):
            cells[r][c] = "."
        if i + 1 < len(rows):  # the join near the row's end, at a seeded offset (each problem its own test)
            offset = rng.randint(0, max(0, min(2, m - 5)))
            cells[r + 1][m - 2 - offset if i % 2 == 0 else 1 + offset] = "."
    cells[1][1], cells[1][2] = ("F", "J") if fire else ("J", ".")
    last = rows[-1]
    end = m - 2 if (len(rows) - 1) % 2 == 0 else 1
    cells[last][end + (1 if end == m - 2 else -1)] = "."  # the gap in the border
    return cells


def field(n, m, fires):
    cells = [["." for _ in range(m)] for _ in range(n)]
    inner = [(r, c) for r in range(1, n - 1) for c in range(1, m - 1)]
    spots = rng.sample(inner, 1 + fires)
    for i, (r, c) in enumerate(spots):
        cells[r][c] = "J" if i == 0 else "F"
    return cells


def trapped(n, m):
    cells = random_map(n, m, 0.1, rng.randint(0, 3))
    r, c = rng.randint(1, n - 2), rng.randint(1, m - 2)
    for i in range(n):
        for j in range(m):
            if cells[i][j] == "J":
                cells[i][j] = "."
    cells[r][c] = "J"
    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        cells[nr][nc] = "#"
    return cells


def invalid(kind):
    base = render(varied(SAMPLE))
    rows = base.split("\n")
    if kind == "too_big":
        return f"{MAXN + 1} 1\n" + "J\n" + ".\n" * MAXN
    if kind == "bad_char":
        return base.replace("#", "o", 1)
    if kind == "no_person":
        return base.replace("J", ".")
    if kind == "two_persons":
        return base.replace(".", "J", 1)
    if kind == "short_row":
        return "\n".join([rows[0], rows[1][:-1]] + rows[2:])
    if kind == "extra_row":
        return base + rows[1] + "\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(varied(SAMPLE))
    else:
        out = render(random_map(rng.randint(4, 6), rng.randint(4, 7), 0.25, rng.randint(1, 2)))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n, m = rng.randint(lo, hi), rng.randint(lo, hi)
    cells = random_map(n, m, rng.choice([0.0, 0.2, 0.35]), rng.randint(0, max(1, n * m // 10)))
    if n > 2 and m > 2 and rng.random() < 0.6:  # mostly walled edge with a few gaps: the way out is a race
        for r in range(n):
            for c in range(m):
                if (r in (0, n - 1) or c in (0, m - 1)) and cells[r][c] == "." and rng.random() < 0.85:
                    cells[r][c] = "#"
    out = render(cells)
elif mode == "serpentine":
    out = render(serpentine(dim("n"), dim("m"), opts.get("fire") == "1"))
elif mode == "field":
    out = render(field(dim("n"), dim("m"), int(opts["fires"])))
elif mode == "trapped":
    out = render(trapped(dim("n"), dim("m")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
