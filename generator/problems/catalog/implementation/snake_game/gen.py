"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxk, maxl, maxx. Modes: sample, walk [lo=] hi= apples= time= [turn=], case name=, cycle n= laps=
apples= [early=] [dense=1] (see cycle_turns; apples on the first `early` cells of the cycle), invalid kind=.
apples= and early= may name a bound (maxk)."""
import random
import sys
from collections import deque

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK, MAXL, MAXX = (int(opts[k]) for k in ("maxn", "maxk", "maxl", "maxx"))
rng = random.Random(seed)
STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0))  # right, down, left, up


def size(key):
    value = opts[key]
    return {"maxn": MAXN, "maxk": MAXK, "maxl": MAXL, "maxx": MAXX}.get(value) or int(value)


def text(n, apples, turns):
    out = [f"{n}", f"{len(apples)}"] + [f"{r} {c}" for r, c in apples] + [f"{len(turns)}"]
    return "\n".join(out + [f"{x} {ch}" for x, ch in turns]) + "\n"


def random_apples(n, k, avoid=()):
    cells = [(r, c) for r in range(1, n + 1) for c in range(1, n + 1) if (r, c) != (1, 1) and (r, c) not in avoid]
    return rng.sample(cells, min(k, len(cells)))


def walk(n, apples, time, turn_p):
    """Turns of a snake that mostly stays alive for `time` seconds: it turns at random, and away from danger."""
    food = set(apples)
    body, occupied = deque([(1, 1)]), {(1, 1)}
    d, turns = 0, []
    for t in range(1, min(time, MAXX) + 1):
        r, c = body[-1][0] + STEPS[d][0], body[-1][1] + STEPS[d][1]
        if not (1 <= r <= n and 1 <= c <= n) or (r, c) in occupied:
            break
        body.append((r, c))
        occupied.add((r, c))
        if (r, c) in food:
            food.discard((r, c))
        else:
            occupied.discard(body.popleft())

        def safe(nd):
            nr, nc = r + STEPS[nd][0], c + STEPS[nd][1]
            return 1 <= nr <= n and 1 <= nc <= n and (nr, nc) not in occupied

        if len(turns) < MAXL and (rng.random() < turn_p or not safe(d)):
            options = [(nd, ch) for nd, ch in (((d + 1) % 4, "R"), ((d + 3) % 4, "L")) if safe(nd)]
            if options or rng.random() < turn_p:
                nd, ch = rng.choice(options or [((d + 1) % 4, "R"), ((d + 3) % 4, "L")])
                turns.append((t, ch))
                d = nd
    return turns


def game_length(n, apples, turns, apples_stay=False):
    """The answer (apples_stay=True: an eaten apple stays on the board, a wrong reading)."""
    food, plan = set(apples), dict(turns)
    body, occupied, d, t = deque([(1, 1)]), {(1, 1)}, 0, 0
    while True:
        t += 1
        r, c = body[-1][0] + STEPS[d][0], body[-1][1] + STEPS[d][1]
        if not (1 <= r <= n and 1 <= c <= n) or (r, c) in occupied:
            return t
        body.append((r, c))
        occupied.add((r, c))
        if (r, c) in food:
            if not apples_stay:
                food.discard((r, c))
        else:
            occupied.discard(body.popleft())
        if t in plan:
            d = (d + (1 if plan[t] == "R" else 3)) % 4


def cycle_turns(n, laps, dense=False):
    """Turns that follow a Hamiltonian cycle of an even board (row 1 right, rows zig-zag over columns 2..N, column 1
    back up) for `laps` laps: a snake shorter than N*N never bites itself on it. dense: a cycle that turns at almost
    every second instead (from (1, 1) right into column 2, then columns 2..N in strips of two rows, each crossed in a
    vertical zig-zag: down, right, up, right, ...; the strips alternately left to right and right to left; back up
    column 1), so the turns run out (L = maxl) long before the time does."""
    if dense:
        path = [(1, 1)]
        for s in range(n // 2):
            top = 2 * s + 1
            cols = range(2, n + 1) if s % 2 == 0 else range(n, 1, -1)
            for i, c in enumerate(cols):
                path += [(top, c), (top + 1, c)] if i % 2 == 0 else [(top + 1, c), (top, c)]
    else:
        path = [(1, c) for c in range(1, n + 1)]
        for r in range(2, n + 1):
            cols = range(n, 1, -1) if r % 2 == 0 else range(2, n + 1)
            path += [(r, c) for c in cols]
    path += [(r, 1) for r in range(n, 1, -1)]
    size = len(path)
    dirs = []
    for i in range(size):
        a, b = path[i], path[(i + 1) % size]
        dirs.append(STEPS.index((b[0] - a[0], b[1] - a[1])))
    turns = []
    total = min(int(laps * size), MAXX)
    for t in range(1, total + 1):  # the move of second t has direction dirs[(t - 1) % size]
        now, nxt = dirs[(t - 1) % size], dirs[t % size]
        if nxt != now:
            turns.append((t, "R" if nxt == (now + 1) % 4 else "L"))
    return path, turns[:MAXL]


if mode == "sample":  # redrawn until the snake passes an eaten apple's cell again, where it must not grow
    while True:
        n = rng.randint(5, 7)
        apples = random_apples(n, rng.randint(3, 5))
        turns = walk(n, apples, rng.randint(8, 16), 0.3)
        if game_length(n, apples, turns) != game_length(n, apples, turns, apples_stay=True):
            break
    out = text(n, apples, turns)
elif mode == "walk":
    n = rng.randint(int(opts.get("lo", "1")), int(opts["hi"]))
    apples = random_apples(n, rng.randint(0, int(opts["apples"])))
    out = text(n, apples, walk(n, apples, int(opts["time"]), float(opts.get("turn", 0.25))))
elif mode == "case":
    name = opts["name"]
    if name == "one_cell":
        out = text(1, [], [])
    elif name == "straight":  # no apples, no turns: the wall at second N
        out = text(7, [], [])
    elif name == "tail_chase":  # the head moves into the cell the tail is about to leave: that is a collision
        out = text(4, [(1, 2), (2, 2), (2, 1)], [(1, "R"), (2, "R"), (3, "R"), (4, "R"), (5, "R")])
    elif name == "short_loop":  # three cells long, the snake circles a 2 x 2 square safely
        out = text(3, [(1, 2), (2, 2)], [(1, "R"), (2, "R"), (3, "R"), (4, "R"), (5, "R"), (6, "R"), (7, "R")])
    elif name == "turn_late":  # a turn after the game is over changes nothing
        out = text(4, [(1, 3)], [(3, "R"), (9, "L"), (20, "R")])
    elif name == "turn_on_time":  # a turn right after second X, not before it
        out = text(5, [], [(4, "R"), (8, "R"), (12, "R")])
    elif name == "eat_twice":  # an eaten apple is gone when the snake passes the cell again
        out = text(4, [(1, 2)], [(3, "R"), (4, "R"), (6, "R"), (7, "R"), (9, "R"), (10, "R")])
    else:  # apples all over the top row: the snake grows at every step and hits the wall
        out = text(6, [(1, c) for c in range(2, 7)], [(5, "R"), (8, "R")])
elif mode == "cycle":
    n = int(opts["n"])
    path, turns = cycle_turns(n, float(opts["laps"]), opts.get("dense") == "1")
    k = min(size("apples"), MAXK, n * n - 2)
    # On the first `early` cells after the start (default half the cycle), eaten early: a long snake for most of
    # the game, never as long as the cycle.
    early = min(size("early") if "early" in opts else n * n // 2 - 1, n * n - 2)
    apples = rng.sample(path[1:1 + early], min(k, early))
    out = text(n, apples, turns)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "too_big": text(MAXN + 1, [], []),
        "apple_start": text(4, [(1, 1)], []),
        "apple_outside": text(4, [(2, 5)], []),
        "apple_twice": text(4, [(2, 3), (2, 3)], []),
        "bad_turn": text(4, [], [(2, "D")]),
        "time_order": text(4, [], [(3, "R"), (3, "L")]),
        "time_zero": text(4, [], [(0, "R")]),
        "time_big": text(4, [], [(MAXX + 1, "R")]),
        "k_mismatch": "4\n2\n2 3\n0\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
