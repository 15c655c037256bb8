"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then N rows of M heights. Params: maxn, maxm, maxh. Modes: sample1, sample2, random lo= hi=
[shape=], fixed case=, anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXH = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxh"])
rng = random.Random(seed)


def render(h):
    return f"{len(h)} {len(h[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in h)


def clamp(v):
    return max(1, min(MAXH, v))


def maze(n, m, walls):
    """Heights from a random maze: an open cell at search distance d from the start gets about top - d * step
    (plus noise below step), a wall gets MAXH. The downhill moves are then exactly the shortest routes through
    the maze, which turn up and left where the maze winds."""
    from collections import deque
    wall = [[rng.random() < walls for _ in range(m)] for _ in range(n)]
    wall[0][0] = wall[n - 1][m - 1] = False
    dist = [[-1] * m for _ in range(n)]
    dist[0][0] = 0
    queue = deque([(0, 0)])
    while queue:
        i, j = queue.popleft()
        for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= a < n and 0 <= b < m and not wall[a][b] and dist[a][b] < 0:
                dist[a][b] = dist[i][j] + 1
                queue.append((a, b))
    far = max(max(row) for row in dist) + 1
    step = max(1, min(1000, (MAXH - 2) // (far + 1)))
    top = MAXH - 1 - rng.randint(0, max(0, MAXH - 2 - step * (far + 1)))
    h = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            if wall[i][j]:
                h[i][j] = MAXH
            elif dist[i][j] < 0:  # cut off from the start: any height
                h[i][j] = rng.randint(1, MAXH)
            else:
                h[i][j] = clamp(top - step * dist[i][j] + rng.randint(0, step - 1))
    return h


def snake(n, m):
    """Heights falling along a serpentine (row 1 left to right, row 2 right to left, ...), plus noise on a few
    cells: many routes turn left."""
    top = rng.randint(n * m + 10, MAXH) if n * m + 10 < MAXH else MAXH
    h = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            t = i * m + (j if i % 2 == 0 else m - 1 - j)
            h[i][j] = clamp(top - t)
    for _ in range(n * m // 20):
        i, j = rng.randrange(n), rng.randrange(m)
        h[i][j] = clamp(h[i][j] + rng.randint(-3, 3))
    if n % 2 == 0 and n > 1:  # the serpentine ends on the left: keep the last cell the lowest
        h[n - 1][m - 1] = 1
    return h


def uniform(n, m, cap):
    return [[rng.randint(1, min(cap, MAXH)) for _ in range(m)] for _ in range(n)]


def make(n, m, shape):
    if shape == "maze":
        return maze(n, m, rng.choice([0.0, 0.15, 0.3, 0.35]))
    if shape == "snake":
        return snake(n, m)
    return uniform(n, m, rng.choice([3, 10, MAXH]))


if mode == "sample1":
    # The BOJ 1520 board: three routes, one of them turning up and one turning left; heights shifted per seed.
    k, scale = rng.randint(0, 10000), rng.randint(1, 3)
    base = [[50, 45, 37, 32, 30], [35, 50, 40, 20, 25], [30, 30, 25, 17, 28], [27, 24, 22, 15, 10]]
    out = render([[scale * v + k for v in row] for row in base])
elif mode == "sample2":
    out = render(snake(rng.randint(2, 3), rng.randint(3, 4)))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(int(opts["lo"]), min(MAXM, int(opts["hi"])))
    out = render(make(n, m, opts.get("shape") or rng.choice(["maze", "maze", "snake", "uniform"])))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: "1 1\n7\n",
        "flat": lambda: "2 2\n5 5\n5 5\n",
        "uphill_target": lambda: "2 2\n1 2\n2 3\n",
        "left_turn": lambda: "3 3\n20 19 18\n15 16 17\n14 13 12\n",
        "up_turn": lambda: "3 3\n20 15 14\n19 16 13\n18 17 12\n",
        "equal_step": lambda: "1 3\n5 5 4\n",
    }[case]()
elif mode == "anti":
    out = render(maze(MAXN // 10, MAXM // 10, 0.25))
elif mode == "max":
    kind = opts["kind"]
    if kind == "maze":
        out = render(maze(MAXN, MAXM, 0.3))
    elif kind == "open":
        out = render(maze(MAXN, MAXM, 0.03))
    elif kind == "snake":
        out = render(snake(MAXN, MAXM))
    elif kind == "plateaus":
        out = render(uniform(MAXN, MAXM, 4))
    else:
        out = render(uniform(MAXN, MAXM, MAXH))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([[1] * 2 for _ in range(MAXN + 1)]),
        "height_zero": lambda: "2 2\n3 2\n0 1\n",
        "height_too_big": lambda: f"1 2\n{MAXH + 1} 1\n",
        "short_row": lambda: "2 3\n3 2 1\n2 1\n",
        "leading_zero": lambda: "1 2\n03 1\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
