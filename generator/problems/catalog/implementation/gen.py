"""Test generator for the implementation tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one
input. Params from task.toml: variant (board_moves | robot_cleaner | ring_rotation | arrow_cycle) and its bounds.
Modes: sample, small, random, stress, case name=... (edge and anti-heuristic inputs), max name=..., invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
P = {k: int(v) for k, v in opts.items() if k not in ("variant", "name", "kind")}
NAME = opts.get("name", "")
rng = random.Random(seed)

# Letter maps for the symmetries of a board: transpose (rows <-> columns), flip upside down, flip left to right.
TRANSPOSE, FLIP_ROWS, FLIP_COLUMNS = (str.maketrans("UDLR", x) for x in ("LRUD", "DULR", "UDRL"))


def board_variant(grid, r, c, moves=""):
    """The same board under a random symmetry (transpose and flips): the letters U/D/L/R in the grid and in
    `moves` turn with it, and so does the start cell (r, c), so the walk is the same walk, seen differently."""
    if rng.random() < 0.5:
        grid = ["".join(col) for col in zip(*grid)]
        r, c = c, r
        grid, moves = [row.translate(TRANSPOSE) for row in grid], moves.translate(TRANSPOSE)
    if rng.random() < 0.5:
        grid, r = [row.translate(FLIP_ROWS) for row in grid[::-1]], len(grid) + 1 - r
        moves = moves.translate(FLIP_ROWS)
    if rng.random() < 0.5:
        grid, c = [row[::-1].translate(FLIP_COLUMNS) for row in grid], len(grid[0]) + 1 - c
        moves = moves.translate(FLIP_COLUMNS)
    return grid, r, c, moves


# ------------------------------------------------------------------------------------------- board_moves
def moves_render(n, m, r, c, moves):
    return f"{n} {m}\n{r} {c}\n{moves}\n"


def moves_case(hi, length, bias=""):
    n, m = rng.randint(1, hi), rng.randint(1, hi)
    moves = "".join(rng.choice("UDLR" + bias) for _ in range(length))
    return moves_render(n, m, rng.randint(1, n), rng.randint(1, m), moves)


def walk(text, swap_bounds=False, stop=False, up="U", low=1):
    """The final position of a board_moves input. Wrong readings: swap_bounds=True checks rows against M and
    columns against N; stop=True stops at the first blocked move; up="D" swaps up and down; low=0 lets it step
    onto row or column 0."""
    n, m, r, c, moves = text.split()
    n, m, r, c = int(n), int(m), int(r), int(c)
    if swap_bounds:
        n, m = m, n
    for ch in moves:
        dr, dc = {up: (-1, 0), "UD".replace(up, ""): (1, 0), "L": (0, -1), "R": (0, 1)}[ch]
        if low <= r + dr <= n and low <= c + dc <= m:
            r, c = r + dr, c + dc
        elif stop:
            break
    return r, c


def board_moves():
    maxn, maxlen = P["maxn"], P["maxlen"]
    if mode == "sample" and NAME == "corner":
        # From a corner, along the top edge and back; "UU" or "LLL" ends with a move off the board. The board has a
        # random size and is turned by a random symmetry (the moves turn with it).
        moves0 = "RRRDDLU" + rng.choice(["", "UU", "LLL"])
        board0, r0, c0, moves0 = board_variant(["." * rng.randint(4, 7)] * rng.randint(4, 7), 1, 1, moves0)
        return moves_render(len(board0), len(board0[0]), r0, c0, moves0)
    if mode == "sample":  # redrawn until each wrong reading of the rules ends elsewhere
        while True:
            text = moves_case(4, rng.randint(6, 10))
            right = walk(text)
            if all(walk(text, **wrong) != right for wrong in ({"swap_bounds": True}, {"stop": True},
                                                               {"up": "D"}, {"low": 0})):
                return text
    if mode == "small":
        return moves_case(rng.choice([1, 3, 8]), rng.randint(1, 30))
    if mode == "stress":
        return moves_case(rng.choice([1, 2, 4, 6]), rng.randint(1, 25))
    if mode == "random":
        return moves_case(rng.choice([10, maxn]), rng.randint(100, maxlen))
    if mode == "max":
        if NAME == "random":
            return moves_case(maxn, maxlen)
        return moves_render(maxn, maxn, rng.randint(1, maxn), rng.randint(1, maxn),
                            "".join(rng.choice("UDLR") for _ in range(maxlen)))
    if NAME == "biased":
        return moves_case(5, 200, "UL")
    table = {
        "single_cell": (1, 1, 1, 1, "UDLR"), "row": (1, maxn, 1, 1, "L" + "R" * 200 + "U"),
        "column": (maxn, 1, maxn, 1, "D" * 5 + "U" * 120), "up_forever": (3, 3, 2, 2, "U" * maxlen),
        "corner": (4, 6, 1, 1, "ULULDDRR"),  # blocked moves at the top-left corner
        "up_is_row_one": (5, 5, 2, 3, "UUUDDRRRRL"),
        "blocked_first": (3, 4, 3, 4, "DRRUUL"),  # blocked moves first, free moves afterwards
        "right_edge": (2, 3, 1, 3, "RDRL"), "bottom_edge": (3, 2, 3, 1, "DRDU"),
    }
    return moves_render(*table[NAME])


def board_moves_invalid(kind):
    maxn, maxlen = P["maxn"], P["maxlen"]
    table = {
        "too_big": moves_render(maxn + 1, 1, 1, 1, "U"), "row_outside": moves_render(3, 3, 4, 1, "U"),
        "row_zero": moves_render(3, 3, 0, 1, "U"), "too_long": moves_render(3, 3, 1, 1, "U" * (maxlen + 1)),
        "bad_move": moves_render(3, 3, 1, 1, "UX"), "no_moves": moves_render(3, 3, 1, 1, ""),
        "extra_line": "3 3\n1 1\nUD\nLR\n",
    }
    return table[kind]


# ----------------------------------------------------------------------------------------- robot_cleaner
def robot_render(grid, r, c, d, cmds):
    return f"{len(grid)} {len(grid[0])}\n{r} {c} {d}\n" + "\n".join(grid) + f"\n{cmds}\n"


def robot_board(n, m, density):
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    r, c = rng.randrange(n), rng.randrange(m)
    cells[r][c] = "."
    return ["".join(row) for row in cells], r + 1, c + 1


def commands(length, forward=0.6):
    return "".join("F" if rng.random() < forward else rng.choice("LR") for _ in range(length))


def robot_case(hi, length, density):
    grid, r, c = robot_board(rng.randint(1, hi), rng.randint(1, hi), density)
    return robot_render(grid, r, c, rng.choice("NESW"), commands(length))


def cleaned(text, walls=True, steps=False, turns="LR"):
    """Cells cleaned in an input (only used to pick samples). Wrong readings: walls=False walks through walls,
    steps=True counts every step (a cell passed twice twice), turns="RL" turns the other way."""
    lines = text.split("\n")
    n, m = map(int, lines[0].split())
    r, c, d = lines[1].split()
    r, c, d = int(r) - 1, int(c) - 1, "NESW".index(d)
    grid = lines[2:2 + n]
    seen, moves = {(r, c)}, 1
    for ch in lines[2 + n]:
        if ch == turns[0]:
            d = (d + 3) % 4
        elif ch == turns[1]:
            d = (d + 1) % 4
        else:
            nr, nc = r + (-1, 0, 1, 0)[d], c + (0, 1, 0, -1)[d]
            if 0 <= nr < n and 0 <= nc < m and (grid[nr][nc] == "." or not walls):
                r, c = nr, nc
                seen.add((r, c))
                moves += 1
    return moves if steps else len(seen)


def robot_cleaner():
    maxn, maxk = P["maxn"], P["maxk"]
    if mode == "sample":
        # The robot really moves around (at least four cleaned cells), and each sample is redrawn until walking
        # through walls cleans another number of cells; sample a also until turning the other way does, sample b
        # until counting every step, a cell passed twice twice, does.
        hi, density = (5, 0.2) if NAME == "a" else (6, 0.25)
        wrong = {"turns": "RL"} if NAME == "a" else {"steps": True}
        while True:
            text = robot_case(hi, rng.randint(8, 16), density)
            right = cleaned(text)
            if right >= 4 and right != cleaned(text, walls=False) and right != cleaned(text, **wrong):
                return text
    if mode == "small":
        return robot_case(rng.choice([1, 3, 7]), rng.randint(1, 40), rng.choice([0.0, 0.2, 0.4]))
    if mode == "stress":
        return robot_case(rng.choice([1, 3, 5]), rng.randint(1, 30), rng.choice([0.0, 0.3]))
    if mode == "random":
        return robot_case(rng.choice([20, maxn]), rng.randint(1000, 5000), rng.choice([0.1, 0.3]))
    if mode == "max":
        if NAME == "snake":  # sweeps the whole empty grid row by row, then wanders: every cell gets cleaned
            cmds = []
            for row in range(maxn):
                cmds.append("F" * (maxn - 1))
                if row < maxn - 1:
                    turn = "R" if row % 2 == 0 else "L"
                    cmds.append(turn + "F" + turn)
            sweep = "".join(cmds)
            return robot_render(["." * maxn] * maxn, 1, 1, "E", sweep + commands(maxk - len(sweep), 0.8))
        return robot_render(*robot_board(maxn, maxn, 0.15), rng.choice("NESW"), commands(maxk, 0.7))
    table = {
        "single": (["."], 1, 1, "N", "FFLFRF"), "corner": ([".#", ".."], 1, 1, "S", "FLFLFLF"),
        "row": (["." * maxn], 1, 1, "E", "F" * (maxn + 5)), "column": (["."] * 5, 5, 1, "W", "RFFFFFF"),
        "left_turn": (["...", "...", "..."], 2, 2, "N", "FLF"),  # turning left from north faces west
        "walk_back": (["....", "...."], 1, 1, "E", "FFFLLFFF"),  # walks back over cleaned cells
        "obstacles": ([".#.", "...", ".#."], 2, 2, "N", "RFLF" + "LLFF"),  # obstacles block moves
        "u_turn": (["....."] * 3, 2, 1, "E", "F" * 6 + "RR" + "F" * 6 + "RF"),
        "boxed_in": (["###", "#.#", "###"], 2, 2, "E", "FRFRFRF"),
    }
    return robot_render(*table[NAME])


def robot_cleaner_invalid(kind):
    maxn, maxk = P["maxn"], P["maxk"]
    table = {
        "too_big": robot_render(["."] * (maxn + 1), 1, 1, "N", "F"),
        "outside": robot_render(["..", ".."], 3, 1, "N", "F"),
        "on_obstacle": robot_render(["#.", ".."], 1, 1, "N", "F"),
        "bad_direction": robot_render(["..", ".."], 1, 1, "X", "F"),
        "bad_command": robot_render(["..", ".."], 1, 1, "N", "FX"),
        "too_many": robot_render(["..", ".."], 1, 1, "N", "F" * (maxk + 1)),
        "short_row": robot_render(["..", "."], 1, 1, "N", "F"),
        "no_commands": "2 2\n1 1 N\n..\n..\n",
    }
    return table[kind]


# ----------------------------------------------------------------------------------------- ring_rotation
def ring_render(rows, r):
    return f"{len(rows)} {len(rows[0])} {r}\n" + "".join(" ".join(map(str, row)) + "\n" for row in rows)


def dims(hi):
    n, m = rng.randint(P["minn"], hi), rng.randint(P["minn"], hi)
    if min(n, m) % 2:  # an odd minimum is at least 3: shrink it to the even number below
        if n <= m:
            n -= 1
        else:
            m -= 1
    return n, m


def ring_case(hi, rmax, amax):
    n, m = dims(hi)
    return ring_render([[rng.randint(1, amax) for _ in range(m)] for _ in range(n)], rng.randint(1, rmax))


def counting(n, m, r):
    return ring_render([[i * m + j + 1 for j in range(m)] for i in range(n)], r)


def ring_rotation():
    maxn, maxr, maxa = P["maxn"], P["maxr"], P["maxa"]
    if mode == "sample" and NAME == "two_rings":
        # A counting grid with two rings: the inner ring wraps around sooner. Its shape (4 x 5 or 4 x 7, either
        # way up: the outer ring's length is no multiple of the inner one's), the counting step and whether it
        # counts along rows or columns are random. R, up to twice the outer ring's length, is redrawn until
        # reducing it by the outer ring's length for every ring turns the inner ring another way.
        n0, m0 = rng.choice([(4, 5), (5, 4), (4, 7), (7, 4)])
        step = rng.choice([1, 2, 5, 10])
        if rng.random() < 0.5:
            grid0 = [[(i * m0 + j + 1) * step for j in range(m0)] for i in range(n0)]
        else:
            grid0 = [[(j * n0 + i + 1) * step for j in range(m0)] for i in range(n0)]
        outer, inner = 2 * (n0 + m0) - 4, 2 * (n0 + m0) - 12
        while True:
            r = rng.randint(1, 2 * outer)
            if r % outer % inner != r % inner:
                return ring_render(grid0, r)
    if mode == "sample":
        rows = rng.choice([2, 4])
        return counting(rows, rng.randint(3, 5) if rows == 2 else rng.randint(4, 6), rng.randint(1, 4))
    if mode == "small":
        return ring_case(rng.choice([4, 6, 8]), rng.choice([3, 20, 60]), rng.choice([9, maxa]))
    if mode == "stress":
        return ring_case(rng.choice([3, 4, 6]), rng.choice([2, 8, 30]), rng.choice([9, 100]))
    if mode == "random":
        return ring_case(rng.choice([30, 60]), rng.choice([100, 300]), maxa)
    if mode == "max":
        if NAME == "square":
            return ring_render([[rng.randint(1, maxa) for _ in range(maxn)] for _ in range(maxn)],
                               rng.randint(maxr // 2, maxr))
        return ring_render([[rng.randint(1, maxa) for _ in range(maxn - 2)] for _ in range(maxn)], maxr)
    table = {
        "tiny_once": lambda: counting(2, 2, 1), "tiny_full": lambda: counting(2, 2, 4),
        "flat": lambda: ring_render([[maxa] * 6] * 2, 7), "wide": lambda: counting(2, 9, 16),
        "tall": lambda: counting(8, 2, 15), "ones_huge_r": lambda: ring_render([[1] * 4 for _ in range(4)], maxr),
        "counterclockwise": lambda: counting(4, 5, 1),  # counterclockwise, not clockwise
        "inner_multiple": lambda: counting(6, 6, 12),  # a multiple of the inner ring's length, not the outer one
        "wide_rings": lambda: counting(6, 8, 30), "deep": lambda: counting(8, 8, 41),
        "counting_huge_r": lambda: counting(6, 4, maxr),
    }
    return table[NAME]()


def ring_rotation_invalid(kind):
    maxn, maxr, maxa = P["maxn"], P["maxr"], P["maxa"]
    table = {
        "too_big": lambda: counting(maxn + 2, 2, 1), "one_row": lambda: counting(1, 4, 1),
        "odd_min": lambda: counting(3, 5, 1), "r_zero": lambda: counting(2, 2, 0),
        "r_too_big": lambda: counting(2, 2, maxr + 1), "value_too_big": lambda: ring_render([[1, maxa + 1], [1, 1]], 1),
        "value_zero": lambda: ring_render([[1, 0], [1, 1]], 1), "short_row": lambda: "2 2 1\n1 2\n3\n",
        "extra_row": lambda: "2 2 1\n1 2\n3 4\n5 6\n",
    }
    return table[kind]()


# ------------------------------------------------------------------------------------------- arrow_cycle
def arrow_render(grid, r, c, k):
    return f"{len(grid)} {len(grid[0])} {k}\n{r} {c}\n" + "\n".join(grid) + "\n"


def random_grid(n, m):
    return ["".join(rng.choice("UDLR") for _ in range(m)) for _ in range(n)]


def arrow_case(hi, kmax):
    n, m = rng.randint(1, hi), rng.randint(1, hi)
    return arrow_render(random_grid(n, m), rng.randint(1, n), rng.randint(1, m), rng.randint(1, kmax))


def serpentine(n, m, close):
    """Row by row, alternating direction; every row ends with a step down. For even N the last step down wraps to
    the top: one cycle through all N*M cells. close="tail" instead turns the last cell into an arrow back along its
    row: a long path into a cycle of one row."""
    rows = []
    for i in range(n):
        rows.append("R" * (m - 1) + "D" if i % 2 == 0 else "D" + "L" * (m - 1))
    if close == "tail" and m > 1:
        last = rows[-1]
        rows[-1] = ("L" + last[1:]) if (n - 1) % 2 else (last[:-1] + "R")
    return rows


def tail_matters(grid, r, c, k):
    """Whether the cycle is found within K moves and K mod (cycle length) moves from the start (which forgets the
    path leading into the cycle) end on another cell than the K moves do."""
    n, m = len(grid), len(grid[0])
    step = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}

    def move(cell):
        dr, dc = step[grid[cell[0]][cell[1]]]
        return (cell[0] + dr) % n, (cell[1] + dc) % m

    seen, path, cell = {}, [], (r - 1, c - 1)
    while cell not in seen:
        seen[cell] = len(path)
        path.append(cell)
        cell = move(cell)
    start, length = seen[cell], len(path) - seen[cell]
    if len(path) >= k:
        return False
    right = path[start + (k - start) % length]
    wrong = (r - 1, c - 1)
    for _ in range(k % length):
        wrong = move(wrong)
    return right != wrong


def arrow_walk(grid, r, c, k, wrap=True):
    """The cell after k moves, one by one (wrap=False stays at the edge instead of wrapping around, a wrong
    reading)."""
    n, m = len(grid), len(grid[0])
    for _ in range(k):
        dr, dc = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}[grid[r - 1][c - 1]]
        if wrap:
            r, c = (r - 1 + dr) % n + 1, (c - 1 + dc) % m + 1
        elif 1 <= r + dr <= n and 1 <= c + dc <= m:
            r, c = r + dr, c + dc
    return r, c


def arrow_cycle():
    maxn, maxk = P["maxn"], P["maxk"]
    if mode == "sample" and NAME == "six_cycle":
        # A cycle of six cells through the start, and a row whose arrows lead into it. The board is turned by a
        # random symmetry and shifted around (it wraps, so nothing changes but the names of the cells).
        board0, r0, c0, _ = board_variant(["RRD", "ULL", "DUL"], 1, 1)
        dr, dc = rng.randrange(3), rng.randrange(3)
        board0 = [board0[(i - dr) % 3][-dc:] + board0[(i - dr) % 3][:-dc] if dc else board0[(i - dr) % 3]
                  for i in range(3)]
        return arrow_render(board0, (r0 - 1 + dr) % 3 + 1, (c0 - 1 + dc) % 3 + 1, rng.randint(5, 12))
    if mode == "sample":
        # The walk reaches its cycle only after some moves, and skipping them gives another cell; so do reducing K
        # by the number of cells and stopping at the edge instead of wrapping around.
        while True:
            n, m = rng.randint(1, 4), rng.randint(1, 4)
            grid, r, c, k = random_grid(n, m), rng.randint(1, n), rng.randint(1, m), rng.randint(1, 30)
            right = arrow_walk(grid, r, c, k)
            if (tail_matters(grid, r, c, k) and arrow_walk(grid, r, c, k % (n * m)) != right
                    and arrow_walk(grid, r, c, k, wrap=False) != right):
                return arrow_render(grid, r, c, k)
    if mode == "small":
        return arrow_case(rng.choice([2, 4, 8]), rng.choice([10, 1000, 10_000]))
    if mode == "stress":
        return arrow_case(rng.choice([1, 3, 5]), rng.choice([5, 50, 300]))
    if mode == "random":
        return arrow_case(rng.choice([30, 100]), 100_000)
    big = maxn if maxn % 2 == 0 else maxn - 1
    if mode == "max":
        if NAME == "cycle":
            return arrow_render(serpentine(big, maxn, "cycle"), 1, 1, maxk - rng.randint(0, 10**9))
        if NAME == "tail":
            return arrow_render(serpentine(big, maxn, "tail"), 1, 1, maxk - rng.randint(0, 10**9))
        return arrow_render(random_grid(maxn, maxn), rng.randint(1, maxn), rng.randint(1, maxn), maxk)
    table = {
        "single_once": lambda: arrow_render(["U"], 1, 1, 1), "single_huge": lambda: arrow_render(["L"], 1, 1, maxk),
        "row": lambda: arrow_render(["R" * 7], 1, 3, 10_000), "column": lambda: arrow_render(["D"] * 6, 2, 1, 9_999),
        "snake": lambda: arrow_render(serpentine(4, 5, "cycle"), 1, 1, 10_000),
        "long_tail": lambda: arrow_render(serpentine(6, 7, "tail"), 1, 1, 5_000),  # a long path before the cycle
        "start_on_tail": lambda: arrow_render(["RRRRD", "UUUUL"], 1, 1, 23),
        "wrap_up": lambda: arrow_render(["U"] * 5, 1, 1, 7),  # going up from row 1 wraps around to row N
        "wrap_both": lambda: arrow_render(["RRRL", "DUUU", "LLLU"], 2, 2, 12),
        "full_cycle": lambda: arrow_render(serpentine(6, 6, "cycle"), 3, 4, 9_000),
        "tail_exact": lambda: arrow_render(["RRRRD", "UUUUL"], 1, 1, 4),  # K ends exactly where the cycle starts
        "tail_huge": lambda: arrow_render(serpentine(6, 7, "tail"), 1, 1, maxk),
    }
    return table[NAME]()


def arrow_cycle_invalid(kind):
    maxn, maxk = P["maxn"], P["maxk"]
    table = {
        "too_big": arrow_render(["R"] * (maxn + 1), 1, 1, 5), "k_too_big": arrow_render(["RR", "LL"], 1, 1, maxk + 1),
        "k_zero": arrow_render(["RR", "LL"], 1, 1, 0), "outside": arrow_render(["RR", "LL"], 3, 1, 5),
        "bad_arrow": arrow_render(["RX", "LL"], 1, 1, 5), "short_row": arrow_render(["RR", "L"], 1, 1, 5),
        "missing_row": "2 2 5\n1 1\nRR\n",
    }
    return table[kind]


BUILD = {"board_moves": (board_moves, board_moves_invalid), "robot_cleaner": (robot_cleaner, robot_cleaner_invalid),
         "ring_rotation": (ring_rotation, ring_rotation_invalid), "arrow_cycle": (arrow_cycle, arrow_cycle_invalid)}
valid, broken = BUILD[VARIANT]
sys.stdout.write(broken(opts["kind"]) if mode == "invalid" else valid())
