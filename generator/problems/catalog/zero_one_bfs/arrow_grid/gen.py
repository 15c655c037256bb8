"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxh, maxw. Modes: sample, random lo= hi= [bias=], fixed name=, snake h= w= (free arrows along a snake
whose rows alternate direction, a few arrows spoiled), away h= w= (every arrow points up or left), max [bias=],
invalid kind=. Input: H W, then H rows of W letters from U D L R."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXH, MAXW = int(opts["maxh"]), int(opts["maxw"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxh": MAXH, "maxw": MAXW}.get(value) or int(value)


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(row) + "\n" for row in grid)


def random_grid(h, w, bias):
    """Each arrow random; with probability `bias` it points right or down (towards the goal)."""
    return [[rng.choice("RD") if rng.random() < bias else rng.choice("UDLR") for _ in range(w)] for _ in range(h)]


def snake(h, w, spoil):
    """Rows alternate right and left and the row ends point down, so following the arrows walks every cell; a
    few spoiled arrows make shortcuts and detours worth paying for."""
    grid = []
    for r in range(h):
        row = ["R" if r % 2 == 0 else "L"] * w
        if r < h - 1:
            row[w - 1 if r % 2 == 0 else 0] = "D"
        grid.append(row)
    for _ in range(spoil):
        grid[rng.randrange(h)][rng.randrange(w)] = rng.choice("UDLR")
    return grid


def cheapest(grid, fifo=False):
    """0-1 BFS from the top-left to the bottom-right; fifo: an ordinary queue that fixes a cell's cost when it is
    first pushed (the free move tried first), which may keep a paid arrival although a free route comes later."""
    from collections import deque
    h, w = len(grid), len(grid[0])
    inf = h * w + 1
    dist = [[inf] * w for _ in range(h)]
    dist[0][0] = 0
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        moves = [(r - 1, c, "U"), (r + 1, c, "D"), (r, c - 1, "L"), (r, c + 1, "R")]
        moves.sort(key=lambda m: m[2] != grid[r][c])
        for y, x, arrow in moves:
            if 0 <= y < h and 0 <= x < w:
                cost = dist[r][c] + (arrow != grid[r][c])
                if fifo and dist[y][x] == inf:
                    dist[y][x] = cost
                    queue.append((y, x))
                elif not fifo and cost < dist[y][x]:
                    dist[y][x] = cost
                    (queue.append if arrow != grid[r][c] else queue.appendleft)((y, x))
    return dist[h - 1][w - 1]


if mode == "sample":
    # Redrawn until an ordinary queue fixing a cell's cost when first pushed gets the answer wrong.
    while True:
        h, w = rng.randint(3, 4), rng.randint(3, 5)
        grid = random_grid(h, w, 0.4)
        if cheapest(grid, fifo=True) != cheapest(grid):
            break
    out = render(grid)
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    h, w = rng.randint(lo, min(MAXH, hi)), rng.randint(lo, min(MAXW, hi))
    bias = float(opts.get("bias") or rng.choice([0.0, 0.3, 0.7]))
    out = render(random_grid(h, w, bias))
elif mode == "fixed":
    out = {"one": "1 1\nU\n", "one_free": "1 2\nRL\n", "one_paid": "1 2\nLR\n", "column_free": "3 1\nD\nD\nU\n",
           "column_paid": "3 1\nU\nU\nD\n", "square_turn": "2 2\nDL\nRU\n", "square_away": "2 2\nUL\nLU\n",
           "detour": "3 3\nRRD\nUDD\nULU\n", "loop": "2 3\nRDL\nURU\n"}[opts["name"]]
elif mode == "snake":
    h, w = num("h"), num("w")
    out = render(snake(h, w, rng.randint(0, max(1, h * w // 50))))
elif mode == "away":
    h, w = num("h"), num("w")
    out = render([[rng.choice("UL") for _ in range(w)] for _ in range(h)])
elif mode == "max":
    out = render(random_grid(MAXH, MAXW, float(opts.get("bias", "0.3"))))
elif mode == "invalid":
    out = {"h_too_big": render([["R"]] * (MAXH + 1)), "w_too_big": render([["R"] * (MAXW + 1)]),
           "bad_letter": "2 2\nRD\nRX\n", "lower_case": "1 2\nrd\n", "short_row": "2 2\nRD\nR\n",
           "missing_row": "3 2\nRD\nRD\n", "zero": "0 0\n", "no_newline": "1 1\nR"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
