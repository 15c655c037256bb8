"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxk, maxv. Modes: sample, random hi= k=, case name=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK, MAXV = int(opts["maxn"]), int(opts["maxk"]), int(opts["maxv"])
rng = random.Random(seed)
POWERS = [2 ** e for e in range(1, MAXV.bit_length()) if 2 ** e <= MAXV]


def play(board, moves, from_wall=True):
    """The board after the moves; from_wall=False merges each line from its index 0 whatever the direction (a
    wrong order: moving right, 2 2 2 gives 4 2 instead of 2 4)."""
    def slide(line, forward):  # forward: toward index 0
        if not forward and from_wall:
            return slide(line[::-1], True)[::-1]
        tiles, out, i = [v for v in line if v], [], 0
        while i < len(tiles):
            same = i + 1 < len(tiles) and tiles[i] == tiles[i + 1]
            out.append(tiles[i] * 2 if same else tiles[i])
            i += 2 if same else 1
        pad = [0] * (len(line) - len(out))
        return out + pad if forward else pad + out

    for move in moves:
        if move in "LR":
            board = [slide(row, move == "L") for row in board]
        else:
            cols = [slide(list(c), move == "U") for c in zip(*board)]
            board = [list(r) for r in zip(*cols)]
    return board


def text(board, moves):
    rows = "".join(" ".join(map(str, row)) + "\n" for row in board)
    return f"{len(board)} {len(moves)}\n{rows}{moves}\n"


def board_of(n, density, values):
    return [[rng.choice(values) if rng.random() < density else 0 for _ in range(n)] for _ in range(n)]


def moves_of(k):
    return "".join(rng.choice("UDLR") for _ in range(k))


if mode == "sample":  # redrawn until merging from index 0 whatever the direction ends on another board
    while True:
        board = board_of(4, 0.5, [2, 2, 4])
        row = rng.randrange(4)
        board[row] = rng.choice([[2, 2, 4, 0], [2, 0, 2, 2], [0, 4, 4, 4], [2, 2, 2, 2]])
        moves = rng.choice(["L", "R"]) + moves_of(rng.randint(1, 2))
        if play(board, moves) != play(board, moves, from_wall=False):
            break
    out = text(board, moves)
elif mode == "random":
    n = rng.randint(1, int(opts["hi"]))
    values = rng.choice([[2, 4], [2, 4, 8], POWERS])
    out = text(board_of(n, rng.choice([0.3, 0.6, 0.9]), values), moves_of(rng.randint(1, int(opts["k"]))))
elif mode == "case":
    name = opts["name"]
    if name == "single":
        out = text([[rng.choice(POWERS)]], "LURD")
    elif name == "empty":
        out = text([[0] * 3 for _ in range(3)], "DR")
    elif name == "chain":  # a merged tile must not merge again
        out = text([[2, 2, 4, 0], [4, 4, 8, 16], [0, 0, 0, 0], [8, 8, 16, 0]], "L")
    elif name == "triple_right":  # the two tiles nearest the wall merge
        out = text([[2, 2, 2, 0], [0, 4, 4, 4], [0, 0, 0, 0], [8, 8, 8, 8]], "R")
    elif name == "triple_down":
        out = text([[2, 0, 4], [2, 4, 4], [2, 0, 4]], "D")
    elif name == "triple_up":
        out = text([[2, 0, 4], [2, 4, 4], [2, 0, 4]], "U")
    elif name == "all_equal":
        out = text([[2] * 4 for _ in range(4)], "LLUR")
    elif name == "packed":  # nothing moves or merges
        out = text([[2, 4, 8], [4, 8, 2], [8, 2, 4]], "LRUD")
    else:  # gaps between equal tiles still merge
        out = text([[2, 0, 0, 2, 0], [0, 4, 0, 0, 4], [8, 0, 8, 0, 8], [0] * 5, [16, 0, 0, 0, 16]], "RL")
elif mode == "max":
    kind = opts["kind"]
    if kind == "lr":  # distinct-ish tiles that cross the whole board on every move
        out = text(board_of(MAXN, 0.5, POWERS), "LR" * (MAXK // 2))
    elif kind == "ud":
        out = text(board_of(MAXN, 0.5, POWERS), "UD" * (MAXK // 2))
    else:  # many merges
        out = text(board_of(MAXN, 0.7, [2, 4]), moves_of(MAXK))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_big": text([[0] * (MAXN + 1) for _ in range(MAXN + 1)], "L"),
        "not_power": text([[2, 6], [0, 4]], "L"),
        "one": text([[2, 1], [0, 4]], "L"),
        "value_big": text([[2, 2 * MAXV], [0, 4]], "L"),
        "bad_move": text([[2, 2], [0, 4]], "LX"),
        "k_mismatch": "2 3\n2 2\n0 4\nLR\n",
        "short_row": "2 1\n2 2\n0\nL\n",
        "too_many": text([[2, 2], [0, 4]], "L" * (MAXK + 1)),
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
