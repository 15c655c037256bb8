"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N M, the grid,
P Q, the block. Params: maxn. Modes: sample kind=plant|overlap, random lo= hi=, fixed t= f= (rows joined by '/'),
max kind=one_off|uniform|tiled|planted|random, invalid kind=."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def grid(rows, cols, letters):
    return [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]


def cut(t, i, j, p, q):
    return [row[j:j + q] for row in t[i:i + p]]


def plant(t, f, times):
    p, q = len(f), len(f[0])
    for _ in range(times):
        i, j = rng.randrange(len(t) - p + 1), rng.randrange(len(t[0]) - q + 1)
        for r in range(p):
            t[i + r][j:j + q] = f[r]


def emit(t, f):
    rows = ["".join(row) for row in t]
    blk = ["".join(row) for row in f]
    return f"{len(rows)} {len(rows[0])}\n" + "\n".join(rows) + f"\n{len(blk)} {len(blk[0])}\n" + "\n".join(blk) + "\n"


if mode == "sample":
    letters = rng.sample(string.ascii_lowercase, 2)
    n, m = rng.randint(4, 5), rng.randint(5, 7)
    if opts["kind"] == "plant":
        t = grid(n, m, letters)
        f = grid(2, rng.randint(2, 3), letters)
        plant(t, f, 2)
    else:  # a nearly uniform grid: overlapping occurrences
        t = [[letters[0]] * m for _ in range(n)]
        t[rng.randrange(n)][rng.randrange(m)] = letters[1]
        q = rng.randint(2, 3)
        f = [[letters[0]] * q for _ in range(2)]
    out = emit(t, f)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    letters = rng.sample(string.ascii_lowercase, rng.choice([1, 2, 2, 3]))
    t = grid(n, m, letters)
    p, q = rng.randint(1, n), rng.randint(1, m)
    if rng.random() < 0.7:  # a block cut from the grid, sometimes planted again
        f = cut(t, rng.randrange(n - p + 1), rng.randrange(m - q + 1), p, q)
        plant(t, f, rng.randint(0, 2))
    else:
        f = grid(p, q, letters)
    out = emit(t, f)
elif mode == "fixed":
    t = [list(row) for row in opts["t"].split("/")]
    f = [list(row) for row in opts["f"].split("/")]
    out = emit(t, f)
elif mode == "max":
    kind = opts["kind"]
    n, m = MAXN - rng.randint(0, 20), MAXN - rng.randint(0, 20)  # seeded sizes and letters: each problem its own
    x, y = rng.sample(string.ascii_lowercase, 2)
    if kind == "one_off":  # all x, the block all x but its last cell: every row but the last matches everywhere
        t = [[x] * m for _ in range(n)]
        p, q = n // 2 + rng.randint(-20, 20), m // 2 + rng.randint(-20, 20)
        f = [[x] * q for _ in range(p)]
        f[-1][-1] = y
    elif kind == "uniform":  # all x with a few y: a huge number of overlapping occurrences
        t = [[x] * m for _ in range(n)]
        for _ in range(rng.randint(5, 30)):
            t[rng.randrange(n)][rng.randrange(m)] = y
        q = rng.randint(m // 3, m // 2)
        f = [[x] * q for _ in range(rng.randint(n // 3, n // 2))]
    elif kind == "tiled":  # the grid tiled by a small 2D unit: the block occurs on a lattice of positions
        a, b = rng.randint(2, 4), rng.randint(2, 5)
        unit = grid(a, b, [x, y])
        t = [[unit[i % a][j % b] for j in range(m)] for i in range(n)]
        i0, j0 = rng.randrange(a), rng.randrange(b)
        f = cut(t, i0, j0, rng.randint(n // 4, n // 2), rng.randint(m // 4, m // 2))
    elif kind == "planted":  # 26 letters, a large block planted a few times (maybe overlapping)
        t = grid(n, m, string.ascii_lowercase)
        f = grid(rng.randint(50, 150), rng.randint(50, 150), string.ascii_lowercase)
        plant(t, f, rng.randint(3, 8))
    elif kind == "random":  # two letters, a small block cut from the grid
        t = grid(n, m, [x, y])
        p, q = rng.randint(3, 6), rng.randint(3, 6)
        f = cut(t, rng.randrange(n - p + 1), rng.randrange(m - q + 1), p, q)
    else:
        raise SystemExit(f"unknown max kind {kind}")
    out = emit(t, f)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"block_too_big": "2 2\nab\nba\n3 1\na\nb\na\n", "row_length": "2 3\nabc\nab\n1 1\na\n",
           "upper": "2 2\naB\nba\n1 1\na\n", "too_big": f"1 {MAXN + 1}\n{'a' * (MAXN + 1)}\n1 1\na\n",
           "missing_block": "2 2\nab\nba\n1 2\n", "zero": "0 0\n\n1 1\na\n",
           "block_row_length": "2 2\nab\nba\n2 2\nab\nb\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
