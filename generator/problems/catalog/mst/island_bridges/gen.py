"""Test generator for mst.island_bridges (testlib style): python gen.py SEED MODE [key=value ...] prints `R C`
then R rows of C characters (`#` land, `.` water). Params: maxr, maxc.

Modes: sample kind=hand|hand2 (hand-made, turned/mirrored per seed); random lo= hi= land= (uniform cells);
blobs r= c= k= size= (k random rectangles of land); dots r= c= step= (single land cells on a jittered lattice:
very many islands); fixed name=... (turned/mirrored per seed); hunt kill=A|B|C|D|E|F (small random maps, drawn
until a slipped reference answers differently, see slipped()); invalid kind=...
Sizes may name a bound (r=maxr, c=maxc)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXC = int(opts["maxr"]), int(opts["maxc"])
rng = random.Random(seed)


def size(name, default):
    value = opts.get(name, default)
    return {"maxr": MAXR, "maxc": MAXC}.get(value) or int(value)


def render(rows):
    return f"{len(rows)} {len(rows[0])}\n" + "".join(row + "\n" for row in rows)


def varied(rows):
    """One of the 8 turns/mirrors of the picture, chosen by the seed (bridge lengths are kept)."""
    if rng.random() < 0.5:
        rows = ["".join(col) for col in zip(*rows)]
    if rng.random() < 0.5:
        rows = rows[::-1]
    if rng.random() < 0.5:
        rows = [row[::-1] for row in rows]
    return rows


def ensure_land(grid):
    if not any("#" in row for row in grid):
        r, c = rng.randrange(len(grid)), rng.randrange(len(grid[0]))
        grid[r] = grid[r][:c] + "#" + grid[r][c + 1:]
    return grid


HAND = [  # 6 pieces joined by 2 + 2 + 2 + 3 + 3 = 12; two gaps of one cell that may not be bridged; the single
    "##..#.#",  # cell at the top touches the piece to its right only at a corner, so it is a piece of its own
    "##...##",
    ".......",
    "...##..",
    ".......",
    "#..####",
]
HAND2 = [
    "#..#..#",
    "#.....#",
    "...#...",
    "##.....",
    ".....##",
    "#.#....",
]

FIXED = {
    "single": ["#"],
    "all_land": ["###", "###"],
    "gap_one": ["#.#"],  # a bridge of length 1 is not allowed: -1
    "gap_two": ["#..#"],
    "gap_one_or_long": ["##.#", "....", "....", "#..#"],  # the 1-cell gap is too short: go around, 6
    "diagonal": ["#.", ".#"],  # diagonal cells are two islands, no bridge fits
    "diagonal_far": ["#....", ".#...", ".....", ".....", "....#"],
    "blocked": ["#..#..#"],  # the run from the first to the last island is interrupted
    "border": [".#..", "....", "....", "..#."],  # water runs to the edge are not bridges
    "same_island": ["####", "#..#", "#..#", "####", "....", "....", "#..."],
    "crossing": ["...#...", ".......", "#.....#", ".......", "...#...", "...#...", "#..#..."],  # two bridges cross
    "parallel": ["#...#", "#...#", "#..##"],
    "unreachable": ["#...", "....", "..#.", "....", "...."],
    "line_max": ["#" + "." * (MAXC - 2) + "#"],
    # One island: a frame whose teeth on all four borders hang off it, so a search must step from row/column 1
    # to 0 and from the second-last to the last one to reach them (else a tooth is a lone island and no bridge
    # fits: -1 instead of 0).
    "frame_teeth": ["..#.#..", ".#####.", "##...##", ".#...#.", "##...##", ".#####.", "..#.#.."],
    # The only bridge runs down column j >= 1 from row 0 to an island that also holds the bottom row's cell
    # (R-1, C-j): a search that looks up the upper end at row*C - j instead of row*C + j wraps around to that
    # cell, takes both ends for one island and prints -1 instead of 2.
    "column_wrap": [".#", "..", "#.", "##"],
    "column_wrap_wide": ["..#", "...", "...", "..#", "###"],
}


def slipped(rows, kill=None):
    """The reference's answer, or that of a slipped copy: A the column scan's `last` not reset per column; B-E an
    end of a bridge looked up at the wrong cell (B: row bridge, label[j] for label[cell]; C: i * j + last;
    D: i * last + last; E: column bridge, last * C + C; F: last * C + j + 1). None when the slip reads past the map."""
    r, c = len(rows), len(rows[0])
    land = "".join(rows)
    label = [-1] * (r * c)
    islands = 0
    for start in range(r * c):
        if land[start] != "#" or label[start] >= 0:
            continue
        label[start] = islands
        stack = [start]
        while stack:
            cell = stack.pop()
            i, j = divmod(cell, c)
            for nxt, ok in ((cell - c, i > 0), (cell + c, i < r - 1), (cell - 1, j > 0), (cell + 1, j < c - 1)):
                if ok and land[nxt] == "#" and label[nxt] < 0:
                    label[nxt] = islands
                    stack.append(nxt)
        islands += 1
    bridges = []
    try:
        for i in range(r):
            last = -1
            for j in range(c):
                cell = i * c + j
                if land[cell] == "#":
                    other = {"C": i * j + last, "D": i * last + last}.get(kill, i * c + last)
                    mine = j if kill == "B" else cell
                    if last >= 0 and j - last - 1 >= 2 and label[mine] != label[other]:
                        bridges.append((j - last - 1, label[cell], label[i * c + last]))
                    last = j
        last = -1
        for j in range(c):
            if kill != "A":
                last = -1
            for i in range(r):
                cell = i * c + j
                if land[cell] == "#":
                    other = last * c + (c if kill == "E" else j) + (kill == "F")
                    if last >= 0 and i - last - 1 >= 2 and label[cell] != label[other]:
                        bridges.append((i - last - 1, label[cell], label[last * c + j]))
                    last = i
    except IndexError:
        return None
    bridges.sort()
    parent = list(range(islands))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total, joined = 0, 0
    try:
        for length, a, b in bridges:
            a, b = find(a), find(b)
            if a != b:
                parent[a] = b
                total += length
                joined += 1
    except IndexError:
        return None
    return total if joined == islands - 1 else -1


def hunt(kill):
    """A small random map (2-7 rows and columns) on which the slipped reference `kill` answers differently."""
    while True:
        r, c = rng.randint(2, 7), rng.randint(2, 7)
        land = rng.uniform(0.25, 0.5)
        rows = ensure_land(["".join("#" if rng.random() < land else "." for _ in range(c)) for _ in range(r)])
        if slipped(rows) != slipped(rows, kill):
            return rows


def rect_grid(r, c, k, size_cap):
    grid = [["."] * c for _ in range(r)]
    for _ in range(k):
        h, w = rng.randint(1, size_cap), rng.randint(1, size_cap)
        top, left = rng.randrange(r), rng.randrange(c)
        for i in range(top, min(r, top + h)):
            for j in range(left, min(c, left + w)):
                grid[i][j] = "#"
    return ensure_land(["".join(row) for row in grid])


def dots(r, c, step):
    grid = [["."] * c for _ in range(r)]
    for i in range(0, r, step):
        for j in range(0, c, step):
            if rng.random() < 0.9:
                ii = min(r - 1, i + rng.randrange(step - 1))
                jj = min(c - 1, j + rng.randrange(step - 1))
                grid[ii][jj] = "#"
    return ensure_land(["".join(row) for row in grid])


def invalid(kind):
    cases = {
        "r_too_big": render(["#"] * (MAXR + 1)),
        "c_too_big": render(["#" * (MAXC + 1)]),
        "r_zero": "0 3\n",
        "no_land": "2 3\n...\n...\n",
        "bad_char": "2 3\n#.#\n.x.\n",
        "short_row": "2 3\n#.#\n..\n",
        "long_row": "2 3\n#.#\n....\n",
        "missing_row": "3 3\n#.#\n...\n",
        "extra_row": "1 3\n#.#\n...\n",
        "space_in_row": "2 3\n#.#\n. .\n",
        "double_space": "2  3\n#.#\n...\n",
        "leading_zero": "02 3\n#.#\n...\n",
        "no_final_newline": "2 3\n#.#\n...",
    }
    return cases[kind]


if mode == "sample":
    out = render(varied(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    lo, hi = size("lo", "1"), size("hi", "6")
    r, c = rng.randint(lo, min(MAXR, hi)), rng.randint(lo, min(MAXC, hi))
    land = float(opts.get("land", "0.35"))
    grid = ["".join("#" if rng.random() < land else "." for _ in range(c)) for _ in range(r)]
    out = render(ensure_land(grid))
elif mode == "blobs":
    out = render(rect_grid(size("r", "maxr"), size("c", "maxc"), int(opts["k"]), int(opts.get("size", "5"))))
elif mode == "dots":
    out = render(dots(size("r", "maxr"), size("c", "maxc"), int(opts.get("step", "4"))))
elif mode == "fixed":
    out = render(varied(FIXED[opts["name"]]))
elif mode == "hunt":
    out = render(hunt(opts["kill"]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
