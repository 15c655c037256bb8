"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints `N M` and N rows of M uppercase
letters. Params: maxn (rows and columns each). The letters used are a seeded random choice from A..Z.

Modes: sample kind=hand|hand2; random lo= hi= [k=letters]; blobs n= m= k= (random patches of letters, so regions
are large); snake n= m= (a comb-shaped region with no loop, meandering over the whole grid, plus a few
loops elsewhere); rings n= m= (nested square rings of alternating letters); fixed name=...; invalid kind=..."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)
LETTERS = rng.sample(string.ascii_uppercase, 26)


def num(key, default=None):
    value = opts.get(key, default)
    return MAXN if value == "maxn" else int(value)


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(LETTERS[c] for c in row) + "\n" for row in grid)


def blobs(n, m, k):
    grid = [[rng.randrange(k) for _ in range(m)] for _ in range(n)]
    for _ in range(2):  # smooth: copy a neighbour's letter, so regions grow and some close loops
        for r in range(n):
            for c in range(m):
                if rng.random() < 0.5:
                    dr, dc = rng.choice(((0, 1), (1, 0), (0, -1), (-1, 0)))
                    if 0 <= r + dr < n and 0 <= c + dc < m:
                        grid[r][c] = grid[r + dr][c + dc]
    return grid


def snake(n, m):
    """Letter 0 on every even row, joined at alternating ends: one long path with no loop. The odd rows are
    letter 1 except the joints; a few 2x2 squares of letter 2 on the odd rows add loops."""
    grid = [[0] * m if r % 2 == 0 else [1] * m for r in range(n)]
    for r in range(1, n, 2):
        grid[r][m - 1 if (r // 2) % 2 == 0 else 0] = 0
    # the odd rows of letter 1 are separated by the snake: each is a path, no loop. A few 2x2 squares of
    # letter 2 cut the snake (it stays loop-free) and each forms a loop of its own.
    for _ in range(rng.randint(1, 5)):
        r, c = rng.randrange(n - 1), rng.randrange(m - 1)
        for dr, dc in ((0, 0), (0, 1), (1, 0), (1, 1)):
            grid[r + dr][c + dc] = 2
    return grid


def rings(n, m):
    grid = [[0] * m for _ in range(n)]
    shift = rng.randrange(3)
    for r in range(n):
        for c in range(m):
            d = min(r, c, n - 1 - r, m - 1 - c)
            grid[r][c] = (d + shift) % 3
    for _ in range(rng.randint(0, 3)):  # break some rings
        r, c = rng.randrange(n), rng.randrange(m)
        grid[r][c] = 3
    return grid


HAND = {
    # a loop of A around a B, a B region without loop, and a C square: 2 regions with a loop
    "hand": ["AAAB", "ABAB", "AAAB", "CCBB", "CCDD"],
    # two separate B squares, each a region with a loop, and no loop in A or C: 2 (not 1 per letter)
    "hand2": ["BBABBC", "BBABBC", "AAACCC"],
}

FIXED = {
    "single": ["A"],
    "one_row": ["AAAAB"],
    "square": ["AA", "AA"],
    "l_shape": ["AB", "AA"],
    "two_squares_same_letter": ["AABAA", "AABAA"],
    "big_ring": ["AAAA", "ABBA", "AAAA"],
    "checker": ["ABAB", "BABA", "ABAB"],
    "touching_diag": ["AAB", "ABA", "BAA"],
}


def invalid(kind):
    if kind == "n_too_big":
        return f"{MAXN + 1} 2\n" + "AB\n" * (MAXN + 1)
    if kind == "m_too_big":
        return f"2 {MAXN + 1}\n" + ("A" * (MAXN + 1) + "\n") * 2
    if kind == "n_zero":
        return "0 2\n"
    if kind == "lowercase":
        return "2 2\nAa\nAA\n"
    if kind == "digit":
        return "2 2\nA1\nAA\n"
    if kind == "short_row":
        return "2 3\nAAA\nAA\n"
    if kind == "too_few_rows":
        return "3 2\nAA\nAA\n"
    if kind == "extra_row":
        return "2 2\nAA\nAA\nAA\n"
    if kind == "leading_zero":
        return "02 2\nAA\nAA\n"
    if kind == "double_space":
        return "2  2\nAA\nAA\n"
    raise SystemExit(f"unknown invalid kind {kind}")


def relabel_letters(rows):
    """Hand-made rows with their letters renamed by the seeded alphabet."""
    return [[ord(ch) - ord("A") for ch in row] for row in rows]


if mode == "sample":
    out = render(relabel_letters(HAND[opts.get("kind", "hand")]))
elif mode == "random":
    n, m = rng.randint(int(opts["lo"]), int(opts["hi"])), rng.randint(int(opts["lo"]), int(opts["hi"]))
    out = render(blobs(n, m, int(opts.get("k", "3"))))
elif mode == "blobs":
    out = render(blobs(num("n"), num("m"), int(opts.get("k", "3"))))
elif mode == "snake":
    out = render(snake(num("n"), num("m")))
elif mode == "rings":
    out = render(rings(num("n"), num("m")))
elif mode == "fixed":
    rows = FIXED[opts["name"]]
    out = f"{len(rows)} {len(rows[0])}\n" + "".join(r + "\n" for r in rows)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
