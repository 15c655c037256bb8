"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "R C", then R lines of C characters, '#' lit and '.' dark. Params: maxr, maxc. Modes: sample name=,
random cells= (R * C <= cells), pressed r= c= (lit cells made by random presses, so solvable), case name=,
hunt (small grids where a search over 2^(C+1) top-row patterns answers differently), max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXC = int(opts["maxr"]), int(opts["maxc"])
rng = random.Random(seed)


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join("#" if v else "." for v in row) + "\n" for row in grid)


def random_grid(r, c, density=0.5):
    return [[int(rng.random() < density) for _ in range(c)] for _ in range(r)]


def pressed(r, c, density=0.4):
    """Start dark, press random switches: the result is solvable (pressing the same switches again clears it)."""
    grid = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if rng.random() < density:
                for y, x in ((i, j), (i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= y < r and 0 <= x < c:
                        grid[y][x] ^= 1
    return grid


def shape(cells):
    while True:
        r, c = rng.randint(1, min(MAXR, cells)), rng.randint(1, min(MAXC, cells))
        if r * c <= cells:
            return r, c


def presses(grid, fewest=True, patterns=None):
    """The fewest presses (fewest=False: those of the first top-row pattern that works), -1 if none works.
    patterns: how many top-row patterns to try (2^C; the hunt mode tries 2^(C+1), a phantom column C)."""
    r, c = len(grid), len(grid[0])
    full, found = (1 << c) - 1, []
    for first in range(patterns or 1 << c):
        rows = [sum(v << j for j, v in enumerate(row)) for row in grid]
        press, count = first, 0
        for i in range(r):
            count += bin(press).count("1")
            rows[i] ^= press ^ ((press << 1) & full) ^ (press >> 1)
            if i + 1 < r:
                rows[i + 1] ^= press
            press = rows[i]
        if rows[-1] == 0:
            found.append(count)
    return -1 if not found else min(found) if fewest else found[0]


if mode == "sample":
    # 'solvable': 2 x 3 or 3 x 2, where several press sets work; redrawn until the first found is not the fewest
    size = rng.choice([(2, 3), (3, 2)])
    grid = pressed(*size) if opts["name"] == "solvable" else random_grid(2, 3)
    while opts["name"] == "solvable" and presses(grid) == presses(grid, fewest=False):
        grid = pressed(*size)
elif mode == "random":
    r, c = shape(int(opts["cells"]))
    grid = random_grid(r, c) if rng.random() < 0.5 else pressed(r, c)
elif mode == "pressed":  # shapes with many solutions (4x4, 2x3, 5x5, ...): the fewest presses must be chosen
    r, c = int(opts["r"]), int(opts["c"])
    if rng.random() < 0.5:
        r, c = c, r
    grid = pressed(r, c)
elif mode == "hunt":
    # 2-6 rows, 2-6 columns (2 x 3 most often), random lamps, drawn until trying one more top-row bit (a phantom
    # column C that toggles column C - 1 and is never cleared by the bottom-row check) changes the answer: -1 turned
    # into a number, or a cheaper press count. Only some shapes allow it (2 x 3, 2 x 4, 2 x 5, 5 x 4, ...).
    while True:
        r, c = (2, 3) if rng.random() < 0.3 else (rng.randint(2, min(6, MAXR)), rng.randint(2, min(6, MAXC)))
        grid = random_grid(r, c)
        if presses(grid) != presses(grid, patterns=1 << (c + 1)):
            break
elif mode == "case":
    grid = {
        "one_lit": [[1]],
        "one_dark": [[0]],
        "dark": [[0] * 4 for _ in range(3)],
        "pair_unsolvable": [[1, 0]],
        "pair_both": [[1, 1]],
        "column_unsolvable": [[1], [0], [0], [0], [0]],
        "cross": [[0, 1, 0], [1, 1, 1], [0, 1, 0]],
    }[opts["name"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "square_random":
        grid = random_grid(MAXR, MAXC)
    elif kind == "square_pressed":
        grid = pressed(MAXR, MAXC, 0.5)
    elif kind == "nine_pressed":  # 9 x 9 has 256 solutions per solvable grid
        grid = pressed(9, 9, 0.5)
    elif kind == "nine_random":  # a random 9 x 9 grid is solvable with probability 1/256
        grid = random_grid(9, 9)
    else:  # six_eight: 6 x 8 has 64 solutions per solvable grid
        grid = pressed(6, 8, 0.5) if rng.random() < 0.5 else pressed(8, 6, 0.5)
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({
        "too_tall": lambda: render(random_grid(MAXR + 1, 3)),
        "too_wide": lambda: render(random_grid(2, MAXC + 1)),
        "zero": lambda: "0 3\n",
        "bad_char": lambda: "2 2\n#.\n.O\n",
        "short_row": lambda: "2 3\n#.#\n#.\n",
        "missing_row": lambda: "3 2\n#.\n.#\n",
    }[kind]())
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(grid))
