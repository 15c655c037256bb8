"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxh, maxw. Modes: sample, random lo= hi= [wall=], fixed name=, zigzag h= w= (a staircase corridor that
forces a turn at every corner, with a long straight detour beside it), open h= w= [wall=] (few walls),
sealed h= w= [wall=] (open map, T boxed in; wall=0 makes every ray run to the border, the worst case of extending
rays from every cell), rays lo= hi= (a random map, redrawn until a search by straight segments that stops a ray at
the first cell already reached gets it wrong), stamped lo= hi= kill=turn|step (a random map, redrawn until a search
whose turn test reads the state number for the cost, or whose step test reads the heading for it, gets it wrong),
invalid kind=. Input: H W, then H rows of `.`, `#`, exactly one `S` and one `T`."""
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


def place(grid, s=None, t=None):
    """S and T on distinct cells (given or random free ones; made free if needed)."""
    h, w = len(grid), len(grid[0])
    cells = [(r, c) for r in range(h) for c in range(w)]
    if s is None or t is None:
        free = [x for x in cells if grid[x[0]][x[1]] == "."]
        if len(free) < 2:
            free = cells
        s, t = rng.sample(free, 2)
    grid[s[0]][s[1]] = "S"
    grid[t[0]][t[1]] = "T"
    return grid


def random_grid(h, w, wall):
    return [["#" if rng.random() < wall else "." for _ in range(w)] for _ in range(h)]


def zigzag(h, w):
    """A staircase of free cells from the top-left towards the bottom-right (many turns), inside walls, plus one
    long L-shaped corridor along the border (two turns) that is much longer in moves."""
    grid = [["#"] * w for _ in range(h)]
    r = c = 1
    grid[r][c] = "."
    while r < h - 2 and c < w - 2:
        for _ in range(rng.randint(1, 2)):
            if c < w - 2:
                c += 1
                grid[r][c] = "."
        if r < h - 2:
            r += 1
            grid[r][c] = "."
    end = (r, c)
    for x in range(0, w):  # border corridor: row 0 then column w - 1 down, then row h - 1 back to end's column
        grid[0][x] = "."
    for y in range(0, h):
        grid[y][w - 1] = "."
    grid[1][0] = grid[0][0] = "."
    grid[0][1] = "."
    return place(grid, (1, 1), end)


def turns(grid):
    """Fewest turns from S to T by 0-1 BFS over (cell, heading), or -1 (used to pick telling samples)."""
    from collections import deque
    h, w = len(grid), len(grid[0])
    cells = [(r, c) for r in range(h) for c in range(w)]
    s = next(x for x in cells if grid[x[0]][x[1]] == "S")
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    dist = {(s, d): 0 for d in range(4)}
    queue = deque(dist)
    while queue:
        (x, d) = state = queue.popleft()
        if grid[x[0]][x[1]] == "T":
            return dist[state]
        y = (x[0] + steps[d][0], x[1] + steps[d][1])
        moves = [((x, d2), 1) for d2 in range(4) if d2 != d]
        if 0 <= y[0] < h and 0 <= y[1] < w and grid[y[0]][y[1]] != "#":
            moves.append(((y, d), 0))
        for nxt, c in moves:
            if dist[state] + c < dist.get(nxt, 1 << 30):
                dist[nxt] = dist[state] + c
                (queue.appendleft if c == 0 else queue.append)(nxt)
    return -1


def cell_state_turns(grid):
    """What a 0-1 BFS over cells alone gets, keeping only the heading of each cell's cheapest arrival (two arrivals
    with equal turns but different headings cannot both be kept), or -1."""
    from collections import deque
    h, w = len(grid), len(grid[0])
    flat = "".join("".join(row) for row in grid)
    start, goal = flat.index("S"), flat.index("T")
    inf = h * w + 5
    dist, heading, done = [inf] * (h * w), [-1] * (h * w), [False] * (h * w)
    dist[start] = 0
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if done[cell]:
            continue
        done[cell] = True
        r, c = divmod(cell, w)
        for d, nxt, ok in ((0, cell - w, r > 0), (1, cell + w, r < h - 1), (2, cell - 1, c > 0),
                           (3, cell + 1, c < w - 1)):
            if not ok or flat[nxt] == "#":
                continue
            cost = dist[cell] + (0 if heading[cell] in (-1, d) else 1)
            if cost < dist[nxt]:
                dist[nxt], heading[nxt] = cost, d
                (queue.appendleft if cost == dist[cell] else queue.append)(nxt)
    return -1 if dist[goal] == inf else dist[goal]


def ray_stop_turns(grid):
    """What a search by straight segments gets when a ray stops at the first cell already reached, even one reached
    in the same round (the cells beyond it then wait a round too long), or -1."""
    from collections import deque
    h, w = len(grid), len(grid[0])
    cells = [(r, c) for r in range(h) for c in range(w)]
    s = next(x for x in cells if grid[x[0]][x[1]] == "S")
    t = next(x for x in cells if grid[x[0]][x[1]] == "T")
    segs = {s: 0}
    queue = deque([s])
    while queue:
        x = queue.popleft()
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            y = (x[0] + dr, x[1] + dc)
            while 0 <= y[0] < h and 0 <= y[1] < w and grid[y[0]][y[1]] != "#" and y not in segs:
                segs[y] = segs[x] + 1
                queue.append(y)
                y = (y[0] + dr, y[1] + dc)
    return max(0, segs[t] - 1) if t in segs else -1


def stamped_turns(grid, slip):
    """What the reference's 0-1 BFS gets when a test reads another number of the same statement for the cost, or -1.
    slip=turn: the turn test compares the state's number, 4 * cell + heading, with the stored distance
    (s2 + 1 < dist[s2]): on a low-numbered cell reached with equal turns by two headings, turning raises the pending
    heading's distance by one. slip=step: the step test compares the heading (d < dist[...]): a state already
    queued one turn dearer is not lowered by a straight step when that dearer cost is at most the heading's number."""
    from collections import deque
    h, w = len(grid), len(grid[0])
    flat = "".join("".join(row) for row in grid)
    start, goal = flat.index("S"), flat.index("T")
    dist, done = [4 * h * w + 5] * (4 * h * w), bytearray(4 * h * w)
    queue = deque()
    for d in range(4):
        dist[4 * start + d] = 0
        queue.append(4 * start + d)
    while queue:
        state = queue.popleft()
        if done[state]:
            continue
        done[state] = 1
        cell, d = divmod(state, 4)
        cost = dist[state]
        if cell == goal:
            return cost
        r, c = divmod(cell, w)
        nxt = (cell - w if r > 0 else -1, cell + w if r < h - 1 else -1, cell - 1 if c > 0 else -1,
               cell + 1 if c < w - 1 else -1)[d]
        if nxt >= 0 and flat[nxt] != "#" and (d if slip == "step" else cost) < dist[4 * nxt + d]:
            dist[4 * nxt + d] = cost
            queue.appendleft(4 * nxt + d)
        for d2 in range(4):
            s2 = 4 * cell + d2
            if d2 != d and (s2 if slip == "turn" else cost) + 1 < dist[s2]:
                dist[s2] = cost + 1
                queue.append(s2)
    return -1


def shortest_route_turns(grid):
    """Fewest turns among the routes with the fewest moves (BFS layers, then a DP over (cell, heading))."""
    h, w = len(grid), len(grid[0])
    cells = [(r, c) for r in range(h) for c in range(w)]
    s = next(x for x in cells if grid[x[0]][x[1]] == "S")
    t = next(x for x in cells if grid[x[0]][x[1]] == "T")
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    dist, order = {s: 0}, [s]
    for x in order:
        for dr, dc in steps:
            y = (x[0] + dr, x[1] + dc)
            if 0 <= y[0] < h and 0 <= y[1] < w and grid[y[0]][y[1]] != "#" and y not in dist:
                dist[y] = dist[x] + 1
                order.append(y)
    best = {(s, d): 0 for d in range(4)}  # (cell, heading of the last move) -> fewest turns on a shortest route
    for x in order:
        for d, (dr, dc) in enumerate(steps):
            y = (x[0] + dr, x[1] + dc)
            if dist.get(y) != dist[x] + 1:
                continue
            here = min((b + (d2 != d and x != s) for (z, d2), b in best.items() if z == x), default=None)
            if here is not None and here < best.get((y, d), 1 << 30):
                best[y, d] = here
    return min((b for (z, _), b in best.items() if z == t), default=-1)


if mode == "sample":
    # A random small map on which the answer needs at least two turns and every route with the fewest moves
    # needs more turns than that (so counting the turns of a shortest route is refuted), and on which a search
    # over cells alone, keeping one heading per cell, gets the answer wrong (the heading belongs to the state).
    while True:
        h, w = rng.randint(4, 5), rng.randint(5, 6)
        grid = place(random_grid(h, w, 0.3))
        best_turns = turns(grid)
        if best_turns >= 2 and shortest_route_turns(grid) > best_turns and cell_state_turns(grid) != best_turns:
            break
    out = render(grid)
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    h, w = rng.randint(lo, min(MAXH, hi)), rng.randint(lo, min(MAXW, hi))
    if h * w < 2:
        w = 2
    wall = float(opts.get("wall") or rng.choice([0.1, 0.3, 0.45]))
    out = render(place(random_grid(h, w, wall)))
elif mode == "rays":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    while True:
        h, w = rng.randint(lo, min(MAXH, hi)), rng.randint(lo, min(MAXW, hi))
        grid = place(random_grid(h, w, rng.choice([0.2, 0.3, 0.4])))
        if ray_stop_turns(grid) != turns(grid):
            break
    out = render(grid)
elif mode == "stamped":
    # A small random map, redrawn until a search whose turn test reads the state number for the cost (kill=turn) or
    # whose step test reads the heading for it (kill=step) answers differently (mutation sweep seed 7:
    # '5 4 / .... / T.#. / ###. / #... / .S..' answers 3, the first 4; a 41 x 36 random map answers 3, the second 4).
    lo, hi, slip = int(opts["lo"]), int(opts["hi"]), opts["kill"]
    while True:
        h, w = rng.randint(lo, min(MAXH, hi)), rng.randint(lo, min(MAXW, hi))
        grid = place(random_grid(h, w, rng.choice([0.2, 0.3, 0.4])))
        if stamped_turns(grid, slip) != turns(grid):
            break
    out = render(grid)
elif mode == "fixed":
    out = {"adjacent": "1 2\nST\n", "straight": "1 5\nS...T\n", "blocked": "1 3\nS#T\n",
           "one_turn": "2 2\nS.\n#T\n", "two_turns": "3 3\nS#.\n..#\n#.T\n", "around": "3 3\nS.#\n#.#\nT..\n",
           "walled_in": "3 3\n.#.\n#S#\n.#T\n", "short_vs_straight": "3 4\nS.#.\n....\n#..T\n",
           "column": "4 1\nT\n.\n.\nS\n"}[opts["name"]]
elif mode == "zigzag":
    out = render(zigzag(num("h"), num("w")))
elif mode == "sealed":
    # A wide open map where T is boxed in by walls: every cell is reached and the answer is -1.
    h, w = num("h"), num("w")
    grid = random_grid(h, w, float(opts.get("wall", "0.02")))
    t = (rng.randrange(1, h - 1), rng.randrange(1, w - 1))
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        grid[t[0] + dr][t[1] + dc] = "#"
    free = [(r, c) for r in range(h) for c in range(w) if grid[r][c] == "." and abs(r - t[0]) + abs(c - t[1]) > 1]
    out = render(place(grid, rng.choice(free), t))
elif mode == "open":
    h, w = num("h"), num("w")
    out = render(place(random_grid(h, w, float(opts.get("wall", "0.05")))))
elif mode == "invalid":
    out = {"h_too_big": render([["S"]] + [["T"]] + [["."]] * (MAXH - 1)),
           "w_too_big": render([["S", "T"] + ["."] * (MAXW - 1)]), "no_s": "1 2\n.T\n", "two_t": "1 3\nSTT\n",
           "bad_char": "1 3\nSxT\n", "short_row": "2 2\nST\n.\n", "missing_row": "3 2\nST\n..\n",
           "no_newline": "1 2\nST"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
