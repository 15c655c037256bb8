"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then N lines of M characters B/W. Params: maxn, maxm. Modes: sample, random hi=, near hi= (a
chessboard with a few random flips and one clean or nearly clean 8 x 8 piece placed at a random or edge position),
corner_flip hi= (such a piece with its own top-left pixel repainted, redrawn until keeping each piece's top-left colour
is not the best), case name=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def render(board):
    return f"{len(board)} {len(board[0])}\n" + "".join("".join(row) + "\n" for row in board)


def noise(n, m):
    return [[rng.choice("BW") for _ in range(m)] for _ in range(n)]


def near(n, m, flips, corner=None, black_start=None):
    """Random board with one 8 x 8 chessboard piece (top-left colour chosen) carrying `flips` wrong cells."""
    board = noise(n, m)
    top, left = corner if corner else (rng.randint(0, n - 8), rng.randint(0, m - 8))
    start = rng.randint(0, 1) if black_start is None else black_start
    for i in range(8):
        for j in range(8):
            board[top + i][left + j] = "WB"[(i + j + start) % 2]
    for _ in range(flips):
        i, j = top + rng.randrange(8), left + rng.randrange(8)
        board[i][j] = "B" if board[i][j] == "W" else "W"
    return board


def size(hi_n, hi_m):
    return rng.randint(8, min(MAXN, hi_n)), rng.randint(8, min(MAXM, hi_m))


def costs(board, keep_corner=False, white_only=False, skip_last=False):
    """Fewest repaints over all pieces and both colourings, or as a wrong program counts them: keep_corner keeps
    each piece's top-left colour, white_only tries the white-first colouring alone, skip_last stops the piece's
    top-left one row and one column short."""
    n, m, best = len(board), len(board[0]), 64
    for top in range(n - 7 - skip_last):
        for left in range(m - 7 - skip_last):
            wrong = sum(board[top + i][left + j] != "WB"[(i + j) % 2] for i in range(8) for j in range(8))
            if keep_corner:
                best = min(best, wrong if board[top][left] == "W" else 64 - wrong)
            elif white_only:
                best = min(best, wrong)
            else:
                best = min(best, wrong, 64 - wrong)
    return best


if mode == "sample":
    n, m = rng.randint(8, 10), rng.randint(8, 11)
    # The piece starts with black (comparing with the white-first colouring alone misses it) and touches the last
    # row or the last column (a scan that stops one position early misses it).
    # Its own top-left pixel is one to repaint (keeping each piece's top-left colour misses it); redrawn until each
    # of these three wrong counts is wrong for the board.
    while True:
        corner = (n - 8, rng.randint(0, m - 8)) if rng.random() < 0.5 else (rng.randint(0, n - 8), m - 8)
        board = near(n, m, rng.randint(0, 3), corner, black_start=1)
        board[corner[0]][corner[1]] = "B" if board[corner[0]][corner[1]] == "W" else "W"
        best = costs(board)
        if all(costs(board, **{wrong: True}) != best for wrong in ("keep_corner", "white_only", "skip_last")):
            break
elif mode == "random":
    board = noise(*size(int(opts["hi"]), int(opts["hi"])))
elif mode == "near":
    n, m = size(int(opts["hi"]), int(opts["hi"]))
    corner = (n - 8, m - 8) if rng.random() < 0.5 else None
    board = near(n, m, rng.randint(0, 6), corner)
elif mode == "corner_flip":
    # The best piece's top-left pixel is the one to repaint: a program that keeps each piece's top-left colour and
    # repaints the rest to match finds 64 - k there; redrawn until that program's answer is wrong for this board.
    while True:
        n, m = size(int(opts["hi"]), int(opts["hi"]))
        top, left = rng.randint(0, n - 8), rng.randint(0, m - 8)
        board = near(n, m, rng.randint(0, 3), (top, left))
        board[top][left] = "B" if board[top][left] == "W" else "W"
        if costs(board, keep_corner=True) != costs(board):
            break
elif mode == "case":
    name = opts["name"]
    if name == "perfect_white":
        board = near(8, 8, 0, (0, 0), 0)
    elif name == "perfect_black":
        board = near(8, 8, 0, (0, 0), 1)
    elif name == "all_white":
        board = [["W"] * 8 for _ in range(8)]
    elif name == "bottom_right":
        board = near(9, 10, 1, (1, 2), 1)
    else:  # single_row_shift: 8 x 9, the clean piece is the right one
        board = near(8, 9, 0, (0, 1), 0)
        for i in range(8):
            board[i][0] = board[i][1]
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        board = noise(MAXN, MAXM)
    elif kind == "corner":
        board = near(MAXN, MAXM, rng.randint(1, 5), (MAXN - 8, MAXM - 8), 1)
    else:  # stripes: rows of one colour, every piece needs 32 but those holding the one flipped square (31 or 33)
        first = rng.choice("BW")
        other = "W" if first == "B" else "B"
        board = [[first if i % 2 == 0 else other] * MAXM for i in range(MAXN)]
        # always flipped (a seeded place): redrawing it to a random colour left half the seeds' boards equal
        r, c = rng.randrange(MAXN), rng.randrange(MAXM)
        board[r][c] = "W" if board[r][c] == "B" else "B"
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({
        "too_small": lambda: render(noise(7, 9)),
        "too_big": lambda: render(noise(MAXN + 1, 8)),
        "bad_char": lambda: "8 8\n" + "BWBWBWBW\n" * 3 + "BWBWXWBW\n" + "BWBWBWBW\n" * 4,
        "short_row": lambda: "8 8\n" + "BWBWBWB\n" + "BWBWBWBW\n" * 7,
        "missing_row": lambda: "9 8\n" + "BWBWBWBW\n" * 8,
    }[kind]())
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(board))
