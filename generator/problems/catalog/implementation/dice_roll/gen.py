"""Test generator for the dice task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxk. Modes: sample kind=hand|random; random lo= hi= kcap= (sides in [lo, hi], up to kcap commands);
line n= m= (one row or one column: two of the four commands always fail); walls n= m= k= (a walk that keeps
pushing against the edges: many ignored commands); full n= m= k= (no 0 except the start: every roll picks a number
up); empty n= m= k= (all 0: every answer is 0); few n= m= k= (K <= N - 2, M - 2 commands, the die starting
below row K + 1 and right of column K + 1); invalid kind=too_big|bad_cell|start_not_zero|start_outside|bad_command|
few_commands|no_roll|short_row. Sizes may say maxn / maxk.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK = int(opts["maxn"]), int(opts["maxk"])
rng = random.Random(seed)
STEP = {1: (0, 1), 2: (0, -1), 3: (-1, 0), 4: (1, 0)}


def size(key):
    value = opts[key]
    return {"maxn": MAXN, "maxk": MAXK}.get(value) or int(value)


def rolls(n, m, r, c, commands):
    """How many commands move the die (1-indexed start)."""
    moved = 0
    for cmd in commands:
        nr, nc = r + STEP[cmd][0], c + STEP[cmd][1]
        if 1 <= nr <= n and 1 <= nc <= m:
            r, c, moved = nr, nc, moved + 1
    return moved


def render(grid, r, c, commands):
    n, m = len(grid), len(grid[0])
    grid[r - 1][c - 1] = 0
    return (f"{n} {m} {r} {c} {len(commands)}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)
            + " ".join(map(str, commands)) + "\n")


def random_grid(n, m, zeros):
    return [[0 if rng.random() < zeros else rng.randint(1, 9) for _ in range(m)] for _ in range(n)]


def case(n, m, k, zeros, commands=None):
    # Redrawn until at least one command rolls the die (the statement promises one).
    while True:
        r, c = rng.randint(1, n), rng.randint(1, m)
        cmds = commands(r, c) if commands else [rng.randint(1, 4) for _ in range(k)]
        if rolls(n, m, r, c, cmds):
            return render(random_grid(n, m, zeros), r, c, cmds)


def tops(grid, r, c, commands, clear=True, turn_blocked=False, in_place=False):
    """The answers, for picking a sample that shows something: the reference's rules, written once more. Wrong
    readings: clear=False keeps a cell's number after it goes onto the bottom face; turn_blocked=True turns the
    faces for a command that is ignored at the edge; in_place=True turns the faces one assignment after another,
    so the last face of the cycle gets the new top."""
    n, m = len(grid), len(grid[0])
    cells = [row[:] for row in grid]
    cells[r - 1][c - 1] = 0
    face = dict.fromkeys(("top", "bottom", "north", "south", "east", "west"), 0)
    out = []
    for cmd in commands:
        nr, nc = r + STEP[cmd][0], c + STEP[cmd][1]
        inside = 1 <= nr <= n and 1 <= nc <= m
        if not inside and not turn_blocked:
            continue
        if inside:
            r, c = nr, nc
        # each face of the cycle takes the next one's number, the last takes the top's
        cycle = {1: ("top", "west", "bottom", "east"), 2: ("top", "east", "bottom", "west"),
                 3: ("top", "south", "bottom", "north"), 4: ("top", "north", "bottom", "south")}[cmd]
        first = face["top"]
        for a, b in zip(cycle, cycle[1:]):
            face[a] = face[b]
        face[cycle[-1]] = face["top"] if in_place else first
        if not inside:
            continue
        if cells[r - 1][c - 1] == 0:
            cells[r - 1][c - 1] = face["bottom"]
        else:
            face["bottom"], cells[r - 1][c - 1] = cells[r - 1][c - 1], 0 if clear else cells[r - 1][c - 1]
        out.append(face["top"])
    return out


def hand_sample():
    # A small board and a walk with an ignored command at the edge whose answers hold at least two different
    # non-zero numbers (a number picked up comes back to the top), where keeping a cell's number after it goes onto
    # the die, turning the die on an ignored command, or turning its faces in place changes the answers: redrawn
    # from the seed until so.
    while True:
        n, m = rng.randint(3, 4), rng.randint(3, 4)
        grid = random_grid(n, m, 0.3)
        r, c = rng.randint(1, n), rng.randint(1, m)
        cmds = [rng.randint(1, 4) for _ in range(rng.randint(8, 10))]
        answers = tops(grid, r, c, cmds)
        if (len(answers) < len(cmds) and len(set(answers) - {0}) >= 2 and answers != tops(grid, r, c, cmds, clear=False)
                and answers != tops(grid, r, c, cmds, turn_blocked=True)
                and answers != tops(grid, r, c, cmds, in_place=True)):
            return render(grid, r, c, cmds)


def walls(n, m, k):
    def commands(r, c):
        out = []
        for _ in range(k):
            # Prefer the command that leaves the board from here, when there is one.
            leaving = [d for d, (dr, dc) in STEP.items() if not (1 <= r + dr <= n and 1 <= c + dc <= m)]
            cmd = rng.choice(leaving) if leaving and rng.random() < 0.5 else rng.randint(1, 4)
            out.append(cmd)
            nr, nc = r + STEP[cmd][0], c + STEP[cmd][1]
            if 1 <= nr <= n and 1 <= nc <= m:
                r, c = nr, nc
        return out
    return commands


def invalid(kind):
    text = hand_sample()
    lines = text.split("\n")
    head = lines[0].split()
    n, m = int(head[0]), int(head[1])
    r, c = int(head[2]), int(head[3])
    if kind == "too_big":
        return render([[0] * 2 for _ in range(MAXN + 1)], 1, 1, [1])
    if kind == "bad_cell":
        row = lines[1].split()
        row[-1] = "10" if (r, c) != (1, m) else row[-1]
        row[0] = "10" if (r, c) != (1, 1) else row[0]
        lines[1] = " ".join(row)
    elif kind == "start_not_zero":
        row = lines[r].split()
        row[c - 1] = "5"
        lines[r] = " ".join(row)
    elif kind == "start_outside":
        lines[0] = f"{n} {m} {n + 1} {c} {head[4]}"
    elif kind == "bad_command":
        lines[-2] = lines[-2] + " 5"
        lines[0] = " ".join(head[:4] + [str(int(head[4]) + 1)])
    elif kind == "few_commands":
        lines[-2] = lines[-2].rsplit(" ", 1)[0]
    elif kind == "no_roll":
        # A 1x1 board: no command can roll the die.
        return "1 1 1 1 2\n0\n1 3\n"
    elif kind == "short_row":
        lines[1] = lines[1].rsplit(" ", 1)[0]
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(lines)


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        out = case(rng.randint(2, 4), rng.randint(2, 4), rng.randint(4, 8), 0.5)
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n, m = rng.randint(lo, hi), rng.randint(lo, hi)
    if n * m == 1:
        m = 2
    kcap = min(MAXK, int(opts["kcap"]))
    k = rng.randint(1, kcap) if rng.random() < 0.3 else rng.randint(max(1, kcap // 2), kcap)  # mostly long walks
    out = case(n, m, k, rng.choice([0.0, 0.0, 0.2, 0.4, 0.7, 1.0]))
elif mode == "line":
    n, m = size("n"), size("m")
    out = case(n, m, rng.randint(5, 30), 0.4)
elif mode == "walls":
    n, m, k = size("n"), size("m"), size("k")
    out = case(n, m, k, 0.4, walls(n, m, k))
elif mode == "full":
    out = case(size("n"), size("m"), size("k"), 0.0)
elif mode == "empty":
    out = case(size("n"), size("m"), size("k"), 1.0)
elif mode == "few":
    # Fewer commands than rows and columns (K <= N - 2, K <= M - 2), the die starting past row and column K + 1:
    # every roll lands on a row and a column numbered above K, so a board read with K for M (or for N) in its row
    # (column) range is short there.
    n, m, k = size("n"), size("m"), size("k")
    while True:
        r, c = rng.randint(k + 2, n), rng.randint(k + 2, m)
        cmds = [rng.randint(1, 4) for _ in range(k)]
        if rolls(n, m, r, c, cmds):
            out = render(random_grid(n, m, 0.4), r, c, cmds)
            break
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
