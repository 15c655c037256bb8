"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then N rows of M values. Params: maxn, maxm, minv, maxv. Modes: sample1, sample2,
random lo= hi= [neg=], fixed case=, anti, max kind=, invalid kind=. neg is the share of negative values."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MINV, MAXV = int(opts["maxn"]), int(opts["maxm"]), int(opts["minv"]), int(opts["maxv"])
rng = random.Random(seed)


def render(g):
    return f"{len(g)} {len(g[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in g)


def cell(neg, cap):
    return rng.randint(max(MINV, -cap), -1) if rng.random() < neg else rng.randint(0, min(MAXV, cap))


def grid(n, m, neg, cap=None):
    cap = cap or MAXV
    return [[cell(neg, cap) for _ in range(m)] for _ in range(n)]


def pockets(n, m):
    """Mostly negative rows with rich pockets on the far side: the best route sweeps left and right."""
    g = grid(n, m, 0.8, MAXV // 5 or 1)
    for i in range(n):
        side = rng.choice([0, m - 1])
        width = rng.randint(1, max(1, m // 8))
        for j in range(width):
            col = j if side == 0 else m - 1 - j
            g[i][col] = rng.randint(MAXV // 2, MAXV)
    return g


def best_route(a, free=False, back_over=False):
    """The answer, row by row: a left-to-right and a right-to-left sweep from the row above. Wrong ones: free=True
    starts each sweep's running best at 0; back_over=True starts the right-to-left sweep from the left-to-right
    results, so a route may walk back over its own cells."""
    m, low = len(a[0]), 0 if free else -10**18
    prev = [sum(a[0][:j + 1]) for j in range(m)]
    for row in a[1:]:
        right, best = [], low
        for j in range(m):
            best = max(best, prev[j]) + row[j]
            right.append(best)
        cur, best = right[:], (right[-1] if back_over else low)
        for j in range(m - 1, -1, -1):
            if back_over:
                best = right[j] if j == m - 1 else max(best + row[j], right[j])
                cur[j] = best
            else:
                best = max(best, prev[j]) + row[j]
                cur[j] = max(cur[j], best)
        prev = cur
    return prev[-1]


if mode == "sample1":
    # A rich cell on the left of row 2 is worth a detour: right, down, left, down, right.
    k = rng.randint(1, 9)
    g = [[10, 25, 7, 8], [20 + k, 9, -30, 5], [-10, 6, 5, rng.randint(1, 9)]]
    out = render(g)
elif mode == "sample2":
    # Redrawn until a sweep whose running best may start at 0 (as if from outside the grid), and a right-to-left
    # sweep that starts from the left-to-right results (walking back over cells), both answer otherwise.
    while True:
        g = grid(rng.randint(3, 4), rng.randint(3, 5), 0.4, 30)
        if best_route(g) not in (best_route(g, free=True), best_route(g, back_over=True)):
            break
    out = render(g)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(int(opts["lo"]), min(MAXM, int(opts["hi"])))
    if rng.random() < 0.3:
        out = render(pockets(n, m))
    else:
        out = render(grid(n, m, float(opts.get("neg") or rng.choice([0.2, 0.5, 0.8])), rng.choice([9, 100, MAXV])))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: f"1 1\n{MINV}\n",
        "one_row": lambda: "1 4\n-5 3 -2 4\n",
        "one_column": lambda: "3 1\n-1\n-2\n-3\n",
        "all_negative": lambda: "2 3\n-1 -5 -1\n-1 -1 -1\n",
        "detour": lambda: "2 3\n1 -9 1\n9 -1 1\n",
        "back_left": lambda: "3 3\n1 1 1\n9 -5 9\n1 1 1\n",
        "revisit_trap": lambda: "2 3\n0 0 0\n1 1 -100\n",
    }[case]()
elif mode == "anti":
    out = render(pockets(MAXN // 5, MAXM))
elif mode == "max":
    kind = opts["kind"]
    if kind == "pockets":
        out = render(pockets(MAXN, MAXM))
    elif kind == "positive":
        out = render(grid(MAXN, MAXM, 0.0))
    elif kind == "negative":
        out = render(grid(MAXN, MAXM, 1.0))
    else:
        out = render(grid(MAXN, MAXM, 0.5))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([[1] * 2 for _ in range(MAXN + 1)]),
        "value_too_big": lambda: f"1 2\n{MAXV + 1} 1\n",
        "value_too_small": lambda: f"1 2\n{MINV - 1} 1\n",
        "short_row": lambda: "2 3\n3 2 1\n2 1\n",
        "minus_zero": lambda: "1 2\n-0 1\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
