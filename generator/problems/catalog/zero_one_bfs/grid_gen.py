"""Test generator for the grid tasks of 0-1 BFS (testlib style): python grid_gen.py SEED MODE [key=value ...].

Params: variant = walls (cells `.`/`#`, start top-left, goal bottom-right, entering `#` costs 1) | portals (cells
`.`, `#`, `a`-`z`, one `S`, one `T`; a step costs 1, a jump between cells of one letter costs 0), maxh, maxw.
Modes: sample kind=hand|hand2; random lo= hi= [wall=] [letters=]; shape kind=... h= w= [wall=] [letters=];
fixed name=...; invalid kind=... (h=maxh, w=maxw name the bounds)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXH, MAXW = int(opts["maxh"]), int(opts["maxw"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxh": MAXH, "maxw": MAXW}.get(value) or int(value)


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(row) + "\n" for row in grid)


def flipped(grid, to, count=3):
    for _ in range(count):
        grid[rng.randrange(len(grid))][rng.randrange(len(grid[0]))] = to
    return grid


def finish(grid, letters=0, group_size=None):
    """Walls task: corners free. Portals task: letters sprinkled on free cells, S and T on distinct free cells."""
    h, w = len(grid), len(grid[0])
    if VARIANT == "walls":
        grid[0][0] = grid[h - 1][w - 1] = "."
        return grid
    free = [(r, c) for r in range(h) for c in range(w) if grid[r][c] == "."]
    if len(free) < 2:
        grid[0][0], grid[h - 1][w - 1] = ".", "."
        free = [(0, 0), (h - 1, w - 1)] if h * w > 1 else [(0, 0)]
    rng.shuffle(free)
    s = free.pop()
    t = free.pop() if free else None
    if t is None:  # a 1x1 grid cannot hold both; callers never ask for it
        raise SystemExit("grid too small")
    grid[s[0]][s[1]], grid[t[0]][t[1]] = "S", "T"
    if letters:
        alphabet = "abcdefghijklmnopqrstuvwxyz"[:letters]
        share = float(opts.get("frac", "1"))
        count = int(len(free) * share) if group_size is None else min(len(free), group_size)
        for r, c in free[:count]:
            grid[r][c] = rng.choice(alphabet)
    return grid


def random_grid(h, w, wall):
    return [["#" if rng.random() < wall else "." for _ in range(w)] for _ in range(h)]


def serpentine(h, w, blockers=0):
    """Free columns separated by wall columns with one gap, alternately at the bottom and the top: the free route
    zig-zags through the whole grid (edge sweeps in reading order advance it one row at a time upwards)."""
    grid = [["." if c % 2 == 0 else "#" for c in range(w)] for _ in range(h)]
    for c in range(1, w, 2):
        gap = h - 1 if (c // 2) % 2 == 0 else 0
        grid[gap][c] = "."
    free = [(r, c) for r in range(1, h - 1) for c in range(0, w, 2)]
    for r, c in rng.sample(free, min(blockers, len(free))):
        grid[r][c] = "#"
    return grid


def rooms(h, w):
    grid = [["." for _ in range(w)] for _ in range(h)]
    for _ in range(max(1, h * w // 60)):
        r, c = rng.randrange(h), rng.randrange(w)
        hh, ww = rng.randint(1, max(1, h // 4)), rng.randint(1, max(1, w // 4))
        for rr in range(r, min(h, r + hh)):
            for cc in range(c, min(w, c + ww)):
                grid[rr][cc] = "#"
    return grid


def shape(kind, h, w):
    letters = int(opts.get("letters", "0"))
    wall = float(opts.get("wall", "0.35"))
    if kind == "random":
        return finish(random_grid(h, w, wall), letters)
    if kind == "serpentine":
        return finish(serpentine(h, w, int(opts.get("blockers", "0"))), letters,
                      int(opts["group"]) if "group" in opts else None)
    if kind == "rooms":
        return finish(rooms(h, w), letters)
    # Three seeded cells flipped make each problem's test its own (two problems of one job may be this task).
    if kind == "full":  # every cell a wall except what finish() frees
        return finish(flipped([["#"] * w for _ in range(h)], "."), letters)
    if kind == "open":
        return finish(flipped([["."] * w for _ in range(h)], "#"), letters)
    if kind == "one_group":  # portals: every free cell carries the same letter (a clique of teleports)
        return finish(random_grid(h, w, wall), 1)
    if kind == "far_pairs":  # portals: S and T at opposite corners, a few letters, many walls
        grid = finish(random_grid(h, w, wall), letters, int(opts.get("group", "40")))
        for r in range(h):
            for c in range(w):
                if grid[r][c] in "ST":
                    grid[r][c] = "."
        grid[0][0], grid[h - 1][w - 1] = "S", "T"
        return grid
    if kind == "walled_target":  # portals: T shut in by walls, no letter inside: -1
        grid = finish(random_grid(h, w, wall), letters)
        for r in range(h):
            for c in range(w):
                if grid[r][c] in "ST":
                    grid[r][c] = "."
        grid[0][0], grid[h - 1][w - 1] = "S", "T"
        for r, c in ((h - 2, w - 1), (h - 1, w - 2), (h - 2, w - 2)):
            grid[r][c] = "#"
        return grid
    raise SystemExit(f"unknown shape {kind}")


HAND_WALLS = {
    "hand": ["..#.", "##.#", "..#.", ".#.."],
    "hand2": [".##..", "..#.#", "#.##.", "...#."],
}
HAND_PORTALS = {
    # walking S to T takes 9 steps; S-a (1), jump a->a (0), a-b... the best uses both letters
    "hand": ["S.a#....", "####.##.", "b...a#.b", "#####.#T"],
    # walking S, down, down reaches the lower a in 2 steps; S, left (1 step), jump to it (free) is cheaper, then T
    # below it: 2. A plain queue that fixes a cell when first reached keeps the walked 2 and answers 3.
    "hand2": [".#aS.", ".....", "..#a.", "###T."],
}


def flip(grid):
    """Mirror the hand-made grid at random (what it shows does not depend on the orientation). The walls task
    keeps its corners: it flips only the whole grid both ways, which swaps start and goal (costs are symmetric)."""
    grid = [list(row) for row in grid]
    if VARIANT == "walls":
        if rng.random() < 0.5:
            grid = [row[::-1] for row in grid[::-1]]
        if rng.random() < 0.5 and len(grid) == len(grid[0]):
            grid = [list(col) for col in zip(*grid)]
        return grid
    if rng.random() < 0.5:
        grid = [row[::-1] for row in grid]
    if rng.random() < 0.5:
        grid = grid[::-1]
    letters = sorted({ch for row in grid for ch in row if ch.islower()})
    fresh = rng.sample("abcdefghijklmnopqrstuvwxyz", len(letters))
    rename = dict(zip(letters, fresh))
    return [[rename.get(ch, ch) for ch in row] for row in grid]


def fixed(name):
    if VARIANT == "walls":
        cases = {"single": ["."], "row": [".#.#."], "column": [".", "#", "#", "."], "free": ["...", "...", "..."],
                 "all_walls": [".####", "#####", "####."], "two": [".."]}
        return render([list(r) for r in cases[name]])
    cases = {"adjacent": ["ST"], "blocked": ["S#T"], "jump_only": ["Sa#aT"], "letter_no_pair": ["Sa#bT"],
             "chain": ["Sa#bb#cc#aT", "###########"], "reuse": ["Sa.#", "##a#", "#b.T", "#b##"],
             "column": ["S", "a", "#", "a", "T"],
             # a jump target that a cell of the same cost reaches by a step first: a FIFO queue gets it wrong
             "trap0": ["bS", "a.", "Tb"],
             "trap1": ["b.bc", "aS.b", "..#.", ".a.#", ".c..", "bcT."],
             "trap2": ["#S.c", "a.b.", "..b.", "c...", "bTba", "...."],
             "trap3": ["..b..", "#.c..", "c..#S", "..cc.", "ccTc.", "c...a"]}
    return render([list(r) for r in cases[name]])


def invalid(kind):
    base = ["..#", "#..", "..."] if VARIANT == "walls" else ["S.a", "#.#", "a.T"]

    def text(rows, h=None, w=None):
        return f"{len(rows) if h is None else h} {len(rows[0]) if w is None else w}\n" + "".join(r + "\n" for r in rows)

    if kind == "h_too_big":
        rows = ["." * 3] * (MAXH + 1)
        if VARIANT == "portals":
            rows = ["S.."] + ["..."] * (MAXH - 1) + ["..T"]
        return text(rows)
    if kind == "w_too_big":
        row = "." * (MAXW + 1)
        rows = [row, row] if VARIANT == "walls" else ["S" + row[1:], row[:-1] + "T"]
        return text(rows)
    if kind == "bad_char":
        return text([base[0], base[1][:-1] + "x" if VARIANT == "walls" else base[1][:-1] + "?", base[2]])
    if kind == "short_row":
        return text([base[0], base[1][:-1], base[2]])
    if kind == "wrong_h":
        return text(base, h=4)
    if kind == "corner_wall":  # walls: the start must be free
        return text(["#.#", "#..", "..."])
    if kind == "goal_wall":
        return text(["..#", "#..", "..#"])
    if kind == "two_starts":
        return text(["S.a", "#S#", "a.T"])
    if kind == "no_target":
        return text(["S.a", "#.#", "a.."])
    if kind == "upper_letter":
        return text(["S.A", "#.#", "A.T"])
    if kind == "trailing_space":
        return text([base[0] + " ", base[1], base[2]], w=3)
    raise SystemExit(f"unknown invalid kind {kind}")


def walls_costs(grid, fifo):
    """Fewest walls from the top-left to the bottom-right corner: by 0-1 BFS, or (fifo) as an ordinary BFS that
    fixes a cell's count when first reached (the mistake the first sample must expose)."""
    from collections import deque
    h, w = len(grid), len(grid[0])
    dist = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < h and 0 <= nc < w:
                nd = dist[(r, c)] + (grid[nr][nc] == "#")
                if (nr, nc) not in dist or (not fifo and nd < dist[(nr, nc)]):
                    dist[(nr, nc)] = nd
                    if fifo or nd > dist[(r, c)]:
                        queue.append((nr, nc))
                    else:
                        queue.appendleft((nr, nc))
    return dist[(h - 1, w - 1)]


def walls_sample():
    """A fresh small grid per seed whose cheapest route is not a route with the fewest moves."""
    while True:
        grid = finish(random_grid(5, 6, 0.45))
        best = walls_costs(grid, False)
        if best >= 1 and walls_costs(grid, True) > best:
            return grid


if mode == "sample":
    table = HAND_WALLS if VARIANT == "walls" else HAND_PORTALS
    if VARIANT == "walls" and opts.get("kind", "hand") == "hand":
        out = render(walls_sample())
    else:
        out = render(flip(table[opts.get("kind", "hand")]))
elif mode == "random":
    h = rng.randint(int(opts["lo"]), int(opts["hi"]))
    w = rng.randint(int(opts["lo"]), int(opts["hi"]))
    if VARIANT == "portals" and h * w < 2:
        w = 2
    kind = rng.choice(["random", "random", "rooms", "serpentine"] if min(h, w) >= 3 else ["random"])
    opts.setdefault("letters", str(rng.randint(1, 4)))
    opts["wall"] = str(rng.choice([0.2, 0.35, 0.5]))
    opts["blockers"] = str(rng.randint(0, 3))
    opts.setdefault("frac", str(rng.choice([0.2, 0.4, 0.7, 1])))
    out = render(shape(kind, h, w))
elif mode == "shape":
    out = render(shape(opts["kind"], num("h"), num("w")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
