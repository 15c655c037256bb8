"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then N rows of N costs (0 = no road, diagonal 0). Params: maxn, maxw.
Modes: sample1, sample2, sample3 (no round trip), random lo= hi= [cap=] [density=], fixed case=, anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXW = int(opts["maxn"]), int(opts["maxw"])
rng = random.Random(seed)


def render(rows):
    return f"{len(rows)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)


def matrix(n, cap, density=1.0):
    cap = min(cap, MAXW)
    return [[0 if i == j or rng.random() >= density else rng.randint(1, cap) for j in range(n)] for i in range(n)]


def relabel(rows, keep_first=True):
    """The same roads under other place numbers (place 1 stays place 1, so the answer is unchanged)."""
    n = len(rows)
    rest = list(range(1, n))
    rng.shuffle(rest)
    perm = [0] + rest if keep_first else rng.sample(range(n), n)
    inverse = [0] * n
    for new, old in enumerate(perm):
        inverse[old] = new
    out = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            out[inverse[i]][inverse[j]] = rows[i][j]
    return out


if mode == "sample1":
    # One-way roads with different costs each way and two missing roads; the best tour uses an expensive road.
    rows = [[0, 10, 15, 20], [5, 0, 9, 10], [6, 13, 0, 12], [8, 8, 9, 0]]
    rows[0][3] = 0
    rows[2][0] = 0
    scale = rng.randint(1, 5)
    rows = [[w * scale + rng.randint(0, 2) if w else 0 for w in row] for row in rows]
    out = render(relabel(rows))
elif mode == "sample3":
    # No round trip although every place can reach every other: place 2's only roads go to and from place 1, so a
    # trip through 2 must go 1 -> 2 -> 1 and leaves 3 and 4 out (the answer is -1).
    rows = [[0, 1, 1, 0], [1, 0, 0, 0], [0, 0, 0, 1], [1, 0, 1, 0]]
    rows = [[rng.randint(1, 20) if w else 0 for w in row] for row in rows]
    out = render(relabel(rows))
elif mode == "sample2":
    out = render(matrix(rng.randint(3, 5), 20, 0.7))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    density = float(opts.get("density") or rng.choice([0.5, 0.8, 1.0]))
    out = render(matrix(n, int(opts.get("cap") or rng.choice([9, 1000, MAXW])), density))
elif mode == "fixed":
    case = opts["case"]
    if case == "two":
        out = render([[0, MAXW], [MAXW, 0]])
    elif case == "two_one_way":
        out = render([[0, 5], [0, 0]])
    elif case == "no_way_back":  # every place reachable from 1, but nothing leads back into 1
        out = render([[0, 1, 2, 3], [0, 0, 4, 5], [0, 6, 0, 7], [0, 8, 9, 0]])
    elif case == "isolated":  # place 4 cannot be left
        out = render([[0, 1, 2, 3], [1, 0, 4, 5], [2, 6, 0, 7], [0, 0, 0, 0]])
    else:  # one_way_ring: the only tour goes 1 -> 2 -> ... -> N -> 1
        n = 6
        rows = [[0] * n for _ in range(n)]
        for i in range(n):
            rows[i][(i + 1) % n] = i + 1
        out = render(relabel(rows))
elif mode == "anti":
    # Cheap roads form an open path 1 -> 2 -> ... -> N whose last place has only an expensive road back, and
    # a missing-road pattern that a solver reading 0 as a free road would exploit.
    n = MAXN
    rows = matrix(n, MAXW, 0.6)
    for i in range(n - 1):
        rows[i][i + 1] = 1
    rows[n - 1][0] = MAXW
    out = render(relabel(rows))
elif mode == "max":
    out = render(matrix(MAXN, MAXW, 1.0 if opts["kind"] == "complete" else 0.35))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(matrix(MAXN + 1, 9)),
        "n_one": lambda: "1\n0\n",
        "diagonal_nonzero": lambda: render([[0, 1, 2], [3, 4, 5], [6, 7, 0]]),
        "cost_too_big": lambda: render([[0, MAXW + 1], [1, 0]]),
        "negative": lambda: render([[0, -1], [1, 0]]),
        "missing_row": lambda: "3\n0 1 2\n3 0 5\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
