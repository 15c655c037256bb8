"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "R C", R rows of C capital letters, then the word. Params: maxr, maxc, maxlen.
Modes: sample1, sample2, random r= c= len= k= [walk=0|1], fixed case=, max k=, invalid kind=.
Grids use the first k letters of a random alphabet; a "walk" word is read along a random self-avoiding path of
the grid (so it occurs at least once), else its letters are random."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXC, MAXLEN = int(opts["maxr"]), int(opts["maxc"]), int(opts["maxlen"])
rng = random.Random(seed)


def grid_of(r, c, k):
    letters = rng.sample(string.ascii_uppercase, k)
    return [[rng.choice(letters) for _ in range(c)] for _ in range(r)], letters


def walk_word(grid, length):
    """Letters along a random self-avoiding path (restarted until one of that length is found)."""
    r, c = len(grid), len(grid[0])
    length = min(length, r * c)
    while True:
        path = [(rng.randrange(r), rng.randrange(c))]
        while len(path) < length:
            i, j = path[-1]
            options = [(i + di, j + dj) for di, dj in ((-1, 0), (1, 0), (0, -1), (0, 1))
                       if 0 <= i + di < r and 0 <= j + dj < c and (i + di, j + dj) not in path]
            if not options:
                break
            path.append(rng.choice(options))
        if len(path) == length:
            return "".join(grid[i][j] for i, j in path)


def render(grid, word):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(row) + "\n" for row in grid) + word + "\n"


def random_case(r, c, length, k, walk):
    grid, letters = grid_of(r, c, k)
    word = walk_word(grid, length) if walk else "".join(rng.choice(letters) for _ in range(length))
    return render(grid, word)


def count_paths(grid, word, reuse):
    """Paths spelling word; with reuse, a path may step back onto a cell it has used (the wrong reading)."""
    r, c = len(grid), len(grid[0])

    def extend(path):
        if len(path) == len(word):
            return 1
        i, j = path[-1]
        return sum(extend(path + [(x, y)]) for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1))
                   if 0 <= x < r and 0 <= y < c and (reuse or (x, y) not in path) and grid[x][y] == word[len(path)])
    return sum(extend([(i, j)]) for i in range(r) for j in range(c) if grid[i][j] == word[0])


if mode == "sample1":
    out = random_case(3, rng.randint(3, 4), rng.randint(3, 4), 3, True)
elif mode == "sample2":
    while True:  # two letters, and a count that changes if a path may reuse a cell: the samples show the rule
        grid, letters = grid_of(rng.randint(2, 3), 3, 2)
        word = walk_word(grid, 3)
        if len(set(word)) == 2 and count_paths(grid, word, True) != count_paths(grid, word, False):
            break
    out = render(grid, word)
elif mode == "random":
    r = rng.randint(1, min(MAXR, int(opts["r"])))
    c = rng.randint(1, min(MAXC, int(opts["c"])))
    length = rng.randint(1, min(MAXLEN, int(opts["len"])))
    out = random_case(r, c, length, int(opts["k"]), opts.get("walk", "1") == "1" and rng.random() < 0.8)
elif mode == "fixed":
    case = opts["case"]
    a, b, z = rng.sample(string.ascii_uppercase, 3)
    out = {
        "single_cell": lambda: render([[a]], a),
        "single_letter_word": lambda: random_case(4, 5, 1, 2, True),
        "absent_letter": lambda: render([[a, b], [b, a]], a + z),
        "palindrome": lambda: render([[a, b], [b, a]], a + b + a),  # reusing a cell would double the count
        "too_long": lambda: render([[a, a], [a, a]], a * 5),
        "whole_grid": lambda: render([[a, a, a], [a, a, a]], a * 6),
        "row": lambda: render([[rng.choice([a, b]) for _ in range(min(MAXC, 8))]], a + b + a),
        "diagonal_only": lambda: render([[a, z], [z, b]], a + b),  # a and b touch only by a corner
    }[case]()
elif mode == "max":
    out = random_case(MAXR, MAXC, MAXLEN, int(opts["k"]), True)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_many_rows": render([["A"] * 2 for _ in range(MAXR + 1)], "AA"),
        "row_too_short": "2 3\nABA\nAB\nAB\n",
        "lowercase": "2 2\nab\nba\nab\n",
        "word_too_long": render([["A"] * 2] * 2, "A" * (MAXLEN + 1)),
        "missing_word": "2 2\nAB\nBA\n",
        "zero_rows": "0 2\nAB\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
