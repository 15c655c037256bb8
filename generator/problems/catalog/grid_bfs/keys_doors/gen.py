"""Test generator for the keys-and-doors task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn. Modes: sample kind=hand|random; random lo= hi=; zigzag n= m= (keys alternate between the two ends of
a corridor, each opening the way further on the other side); vault n= m= (G behind six nested rings of doors, the
keys scattered over an open map); invalid kind=too_big|bad_char|no_goal|two_starts|dup_key|short_row.
Sizes may say maxn.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)
LETTERS = "abcdef"

# Hand-made first sample: the key lies behind S, so the way back over cells already walked is needed (a search that
# marks cells visited without the keys gives -1); turned, flipped and relettered per seed.
SAMPLE = ("a..#####", ".#.S.A.G", "...#####")


def dim(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def render(cells):
    return f"{len(cells)} {len(cells[0])}\n" + "\n".join("".join(row) for row in cells) + "\n"


def relettered(cells):
    perm = list(LETTERS)
    rng.shuffle(perm)
    swap = {a: b for a, b in zip(LETTERS, perm)}
    swap.update({a.upper(): b.upper() for a, b in zip(LETTERS, perm)})
    return [[swap.get(ch, ch) for ch in row] for row in cells]


def varied(rows):
    cells = [list(row) for row in rows]
    if rng.random() < 0.5:
        cells = [list(col) for col in zip(*cells)]
    if rng.random() < 0.5:
        cells.reverse()
    if rng.random() < 0.5:
        cells = [row[::-1] for row in cells]
    return relettered(cells)


def random_map(n, m, density, keys, doors):
    if n * m < 2:
        m = 2
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    spots = rng.sample(range(n * m), min(n * m, 2 + keys + doors))
    letters = rng.sample(LETTERS, 6)
    for i, spot in enumerate(spots):
        r, c = divmod(spot, m)
        if i == 0:
            cells[r][c] = "S"
        elif i == 1:
            cells[r][c] = "G"
        elif i < 2 + keys:
            cells[r][c] = letters[i - 2]
        else:
            cells[r][c] = rng.choice(letters).upper()
    return cells


def zigzag(n, m):
    # Row 0 is the corridor; the other rows are walls except a few open cells as side pockets.
    cells = [["#" for _ in range(m)] for _ in range(n)]
    for c in range(m):
        cells[0][c] = "."
    for r in range(1, n):
        for c in range(m):
            if rng.random() < 0.3:
                cells[r][c] = "."
    mid = m // 2
    cells[0][mid] = "S"
    step = max(1, (mid - 1) // 4)
    left = [mid - 1 - step * i for i in range(4)]  # key a, door B, key c, door D ... going left
    right = [mid + 1 + step * i for i in range(4)]
    order = rng.sample(LETTERS, 6)
    lk = [order[0], order[2], order[4]]
    rk = [order[1], order[3], order[5]]
    # left: key lk0, door rk0?  Each side alternates key then the door of the next key on the other side.
    cells[0][left[0]] = lk[0]
    cells[0][left[1]] = rk[0].upper()
    cells[0][left[2]] = lk[1]
    cells[0][left[3]] = rk[1].upper()
    cells[0][right[0]] = lk[0].upper()
    cells[0][right[1]] = rk[0]
    cells[0][right[2]] = lk[1].upper()
    cells[0][right[3]] = rk[1]
    cells[0][0] = "G"
    if left[3] <= 1:
        cells[0][1] = "."
    cells[0][m - 1] = lk[2] if m - 1 > right[3] else cells[0][m - 1]
    return cells


def vault(n, m):
    cells = [["#" if rng.random() < 0.1 else "." for _ in range(m)] for _ in range(n)]
    order = rng.sample(LETTERS, 6)
    for ring, letter in enumerate(order):  # ring k: the cells at Chebyshev distance k+1 from the corner
        k = ring + 1
        for i in range(k + 1):
            cells[n - 1 - k][m - 1 - i] = letter.upper()
            cells[n - 1 - i][m - 1 - k] = letter.upper()
    cells[n - 1][m - 1] = "G"
    free = [(r, c) for r in range(n - 8) for c in range(m) if cells[r][c] == "."]
    spots = rng.sample(free, 7)
    cells[spots[0][0]][spots[0][1]] = "S"
    for (r, c), letter in zip(spots[1:], order):
        cells[r][c] = letter
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m and cells[nr][nc] == "#":
                cells[nr][nc] = "."
    return cells


def invalid(kind):
    base = render(varied(SAMPLE))
    rows = base.split("\n")
    if kind == "too_big":
        return f"{MAXN + 1} 2\n" + "SG\n" + "..\n" * MAXN
    if kind == "bad_char":
        return base.replace("#", "g", 1)
    if kind == "no_goal":
        return base.replace("G", ".")
    if kind == "two_starts":
        return base.replace(".", "S", 1)
    if kind == "dup_key":
        key = next(ch for ch in base if ch in LETTERS)
        return base.replace(".", key, 1)
    if kind == "short_row":
        return "\n".join([rows[0], rows[1][:-1]] + rows[2:])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(varied(SAMPLE))
    else:
        out = render(random_map(rng.randint(4, 6), rng.randint(5, 7), 0.2, 2, 3))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n, m = rng.randint(lo, hi), rng.randint(lo, hi)
    cells = random_map(n, m, rng.choice([0.0, 0.15, 0.3]), rng.randint(0, 6), rng.randint(0, max(1, n * m // 6)))
    out = render(cells)
elif mode == "zigzag":
    out = render(zigzag(dim("n"), dim("m")))
elif mode == "vault":
    out = render(vault(dim("n"), dim("m")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
