"""Test generator for the grid-path DP tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one
input: "N M", then N rows.

Params from task.toml: variant (count_paths | max_sum | largest_square | two_walkers), content (dots: rows of '.'
and '#'; bits: rows of '0' and '1'; ints: rows of M integers in [minv, maxv]), maxn, maxm, [minv, maxv].
Modes: sample kind=first|hand2; random lo= hi= [density=]; fixed name=...; max kind=... [density=];
invalid kind=... density is the share of walls ('#') or of zeros ('0'), or for ints the share of negative values.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT, CELLS = opts["variant"], opts["content"]
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
MINV = int(opts.get("minv", 0))
MAXV = int(opts.get("maxv", 1))
rng = random.Random(seed)


def render(grid):
    n, m = len(grid), len(grid[0])
    if CELLS == "ints":
        return f"{n} {m}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)
    return f"{n} {m}\n" + "".join("".join(row) + "\n" for row in grid)


def value(density):
    """One random cell."""
    if CELLS == "dots":
        return "#" if rng.random() < density else "."
    if CELLS == "bits":
        return "0" if rng.random() < density else "1"
    if MINV < 0 and rng.random() < density:
        return rng.randint(MINV, -1)
    return rng.randint(max(0, MINV), MAXV)


def random_grid(n, m, density):
    grid = [[value(density) for _ in range(m)] for _ in range(n)]
    if CELLS == "dots" and rng.random() < 0.85:  # mostly free corners, sometimes a blocked one
        grid[0][0] = grid[n - 1][m - 1] = "."
    return grid


def density():
    if "density" in opts:
        return float(opts["density"])
    return rng.choice([0.1, 0.25, 0.4] if CELLS != "ints" else [0.0, 0.3, 0.6])


def count_paths(grid):
    n, m = len(grid), len(grid[0])
    ways = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            if grid[i][j] == "#":
                continue
            ways[i][j] = 1 if i == j == 0 else (ways[i - 1][j] if i else 0) + (ways[i][j - 1] if j else 0)
    return ways[n - 1][m - 1]


def largest_side(grid):
    n, m = len(grid), len(grid[0])
    side = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            if grid[i][j] == "1":
                side[i + 1][j + 1] = 1 + min(side[i][j], side[i][j + 1], side[i + 1][j])
    return max(max(row) for row in side)


def largest_side_two(grid):
    """largest_square with the above-left neighbour forgotten (a wrong recurrence)."""
    n, m = len(grid), len(grid[0])
    side = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            if grid[i][j] == "1":
                side[i + 1][j + 1] = 1 + min(side[i][j + 1], side[i + 1][j])
    return max(max(row) for row in side)


def best_sums(grid, outside=None):
    """max_sum: the best route score into every cell; outside=0 lets a border cell come from outside the grid
    with score 0 (a wrong start)."""
    n, m = len(grid), len(grid[0])
    best = [[0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            comes = ([best[i - 1][j]] if i else [outside] if outside is not None else []) + \
                ([best[i][j - 1]] if j else [outside] if outside is not None else [])
            best[i][j] = grid[i][j] + (max(comes) if comes and (i or j) else 0)
    return best


def greedy_walk(grid):
    """max_sum: always step to the larger of the right and the lower neighbour (a wrong greedy)."""
    n, m = len(grid), len(grid[0])
    i = j = 0
    total = grid[0][0]
    while (i, j) != (n - 1, m - 1):
        if i < n - 1 and (j == m - 1 or grid[i + 1][j] > grid[i][j + 1]):
            i += 1
        else:
            j += 1
        total += grid[i][j]
    return total


def two_walkers(grid):
    """two_walkers: the best total of two routes, a shared cell counted once (both walkers step at once)."""
    n, m = len(grid), len(grid[0])
    best = {(0, 0): grid[0][0]}
    for step in range(1, n + m - 1):
        rows = range(max(0, step - m + 1), min(n, step + 1))
        best = {(a, b): max(best.get((a - da, b - db), -10**18) for da in (0, 1) for db in (0, 1))
                + grid[a][step - a] + (grid[b][step - b] if a != b else 0) for a in rows for b in rows}
    return best[(n - 1, n - 1)]


def greedy_twice(grid):
    """two_walkers: a best single route first (ties: from above), its cells emptied, then a best route of what is
    left (a wrong greedy)."""
    n, m = len(grid), len(grid[0])
    grid, total = [row[:] for row in grid], 0
    for _ in range(2):
        best = [[0] * m for _ in range(n)]
        for i in range(n):
            for j in range(m):
                best[i][j] = grid[i][j] + max(max(best[i - 1][j] if i else -1, best[i][j - 1] if j else -1), 0)
        total += best[n - 1][m - 1]
        i, j = n - 1, m - 1
        grid[i][j] = 0
        while (i, j) != (0, 0):
            if j == 0 or (i and best[i - 1][j] >= best[i][j - 1]):
                i -= 1
            else:
                j -= 1
            grid[i][j] = 0
    return total


def interesting(grid):
    """A first sample must show what the task is about (paths that go round walls, a square that is not the
    first block of ones, negative scores that a greedy walk falls for), and the tempting wrong ideas must fail it:
    a square grown from above and from the left only, a greedy walk, a border that may come from outside with
    score 0, two best routes one after the other."""
    if VARIANT == "count_paths":
        walls = sum(row.count("#") for row in grid)
        return walls >= 2 and count_paths(grid) >= 3
    if VARIANT == "largest_square":
        return (largest_side(grid) >= 2 and sum(row.count("1") for row in grid) < len(grid) * len(grid[0]) - 2
                and largest_side_two(grid) != largest_side(grid))
    if VARIANT == "max_sum":
        best = best_sums(grid)[-1][-1]
        return (sum(1 for row in grid for v in row if v < 0) >= 2 and greedy_walk(grid) != best
                and best_sums(grid, outside=0)[-1][-1] != best)
    return len(set(v for row in grid for v in row)) >= 4 and greedy_twice(grid) != two_walkers(grid)


HAND2 = {
    "count_paths": ["....", ".#..", "...#", "#..."],
    "largest_square": ["01110", "11110", "01111", "00111"],
    "max_sum": [[3, -5, 2], [1, 4, -1], [-2, 6, 1]],
    "two_walkers": [[0, 3, 1], [2, 0, 0], [5, 1, 2]],
}


def transposed(grid):
    """Answers of every task here are the same on the transposed grid (right and down swap)."""
    return [list(col) for col in zip(*grid)]


def sample(kind):
    if kind == "hand2":
        grid = [list(row) if isinstance(row, str) else row[:] for row in HAND2[VARIANT]]
        return render(transposed(grid) if rng.random() < 0.5 else grid)
    small_values = CELLS == "ints"
    for _ in range(100000):
        n, m = rng.randint(3, 5), rng.randint(3, 5)
        if small_values:
            low = -9 if MINV < 0 else 0
            grid = [[rng.randint(low, 9) for _ in range(m)] for _ in range(n)]
        else:
            grid = random_grid(n, m, 0.25)
            if CELLS == "dots":
                grid[0][0] = grid[n - 1][m - 1] = "."
        if interesting(grid):
            return render(grid)
    raise SystemExit("no interesting sample found")


def fixed(name):
    if CELLS == "dots":
        cases = {
            "one_free": ["."],
            "one_wall": ["#"],
            "row": ["." * 7],
            "column": ["."] * 6,
            "row_blocked": ["...#..."],
            "start_blocked": ["#..", "...", "..."],
            "end_blocked": ["...", "...", "..#"],
            "barrier": ["..#", ".#.", "#.."],
            "open_3x4": ["....", "....", "...."],
            "detour": [".#...", ".#.#.", "...#."],
            "max_row": ["." * MAXM],
            "max_column": ["."] * MAXN,
        }
        return render([list(r) for r in cases[name]])
    if CELLS == "bits":
        cases = {
            "one_zero": ["0"],
            "one_one": ["1"],
            "all_zero": ["000", "000"],
            "all_one": ["1111", "1111", "1111"],
            "row": ["1101111"],
            "column": ["1", "1", "0", "1"],
            "diagonal_gap": ["110", "101", "011"],
            "corner_square": ["0000", "0011", "0011"],
            "plus": ["010", "111", "010"],
            "max_row": ["1" * MAXM],
            "max_column": ["1"] * MAXN,
        }
        return render([list(r) for r in cases[name]])
    lo, hi = MINV, MAXV
    cases = {
        "one": [[rng.randint(lo, hi)]],
        "one_low": [[lo]],
        "row": [[rng.randint(lo, hi) for _ in range(6)]],
        "column": [[rng.randint(lo, hi)] for _ in range(5)],
        "all_low": [[lo] * 4 for _ in range(3)],
        "all_high": [[hi] * 4 for _ in range(4)],
        # a big value behind a small first step: stepping to the larger neighbour misses it
        "greedy_trap": [[0, 1, 0, 0], [max(lo, 0), 0, 0, 0], [hi, hi, hi, 0], [0, 0, hi, 0]],
        # two rich cells on different paths; one walker cannot take both
        "two_rich": [[0, 0, hi], [0, 0, 0], [hi, 0, 0]],
        # the best single path takes the middle, two walkers do better on the two sides
        "split": [[0, hi, hi, 0], [hi, 0, hi - 1, hi], [hi, hi - 1, 0, hi], [0, hi, hi, 0]],
        # the best single route (top row, middle column, bottom row) leaves two lone cells that one walker
        # cannot both reach; two walkers planned together collect every rich cell
        "greedy_twice_trap": [[hi if c == "1" else 0 for c in row] for row in
                              ["1111000", "0001000", "0001001", "1001000", "0001000", "0001000", "0001111"]],
        "negative_border": [[0, lo, lo], [lo, hi, lo], [lo, lo, 0]] if lo < 0 else [[0, 1], [1, 0]],
        "max_row": [[rng.randint(lo, hi) for _ in range(MAXM)]],
        "max_column": [[rng.randint(lo, hi)] for _ in range(MAXN)],
    }
    return render(cases[name])


def max_grid(kind):
    n, m = MAXN, MAXM
    if kind == "random":
        return random_grid(n, m, density())
    # Seeded variations keep each problem's test its own (two problems of one job may be this task).
    if kind == "open":  # (almost) no walls / all ones / all top values
        if CELLS == "ints":
            return [[rng.randint(MAXV - (MAXV - MINV) // 100, MAXV) for _ in range(m)] for _ in range(n)]
        grid = [[{"dots": ".", "bits": "1"}[CELLS]] * m for _ in range(n)]
        for _ in range(3):  # three seeded blocked cells, never a corner
            i, j = rng.randrange(n), rng.randrange(m)
            if (i, j) not in ((0, 0), (n - 1, m - 1)):
                grid[i][j] = {"dots": "#", "bits": "0"}[CELLS]
        return grid
    if kind == "low":  # all at or near the lowest value
        return [[rng.randint(MINV, MINV + (MAXV - MINV) // 100) for _ in range(m)] for _ in range(n)]
    if kind == "wall_line":  # a wall across the grid with one gap near the far end
        grid = random_grid(n, m, 0.02)
        row, gap = n // 2, rng.randrange(m - max(1, m // 10), m)
        grid[row] = ["#" if j != gap else "." for j in range(m)]
        grid[0][0] = grid[n - 1][m - 1] = "."
        return grid
    if kind == "blocked":  # an anti-diagonal wall: no path at all
        grid = random_grid(n, m, 0.05)
        for i in range(n):
            j = n - 1 - i
            if 0 <= j < m:
                grid[i][j] = "#"
        grid[0][0] = grid[n - 1][m - 1] = "."
        return grid
    if kind == "big_square":  # ones almost everywhere, a big square and scattered zeros
        grid = random_grid(n, m, 0.002)
        return grid
    if kind == "stripes":  # long runs of ones in rows and columns but small squares
        a, b, period = rng.randrange(3), rng.randrange(3), rng.choice([3, 4])  # seeded stripes
        return [["1" if ((i + a) % period == 0 or (j + b) % period == 0) else "0" for j in range(m)] for i in range(n)]
    if kind == "checker_values":  # ints: high and low values alternating, greedy walks go wrong
        return [[MAXV if (i + j) % 3 == 0 else rng.randint(MINV, MINV + (MAXV - MINV) // 10) for j in range(m)]
                for i in range(n)]
    if kind == "sparse_rich":  # ints: a few rich cells scattered, the rest low
        grid = [[rng.randint(max(MINV, 0), max(MINV, 0) + 2) for _ in range(m)] for _ in range(n)]
        for _ in range(n + m):
            grid[rng.randrange(n)][rng.randrange(m)] = MAXV
        return grid
    raise SystemExit(f"unknown max kind {kind}")


def invalid(kind):
    if CELLS == "ints":
        ok = [[1, 2], [3, 4]]
        bad = {
            "n_too_big": render([[1]] * (MAXN + 1)),
            "m_too_big": render([[1] * (MAXM + 1)]),
            "n_zero": "0 2\n",
            "value_too_big": render([[1, MAXV + 1], [3, 4]]),
            "value_too_small": render([[1, MINV - 1], [3, 4]]),
            "short_row": "2 2\n1 2\n3\n",
            "missing_row": "2 2\n1 2\n",
            "double_space": "2 2\n1  2\n3 4\n",
            "leading_zero": "2 2\n1 02\n3 4\n",
        }
        return bad[kind] if kind in bad else render(ok)
    good, other = (".", "#") if CELLS == "dots" else ("1", "0")
    wrong = "x" if CELLS == "dots" else "2"
    bad = {
        "n_too_big": render([[good]] * (MAXN + 1)),
        "m_too_big": render([[good] * (MAXM + 1)]),
        "n_zero": "0 2\n",
        "bad_char": f"2 2\n{good}{wrong}\n{good}{other}\n",
        "short_row": f"2 2\n{good}{good}\n{good}\n",
        "long_row": f"2 2\n{good}{good}\n{good}{good}{good}\n",
        "missing_row": f"2 2\n{good}{good}\n",
        "spaced_row": f"2 2\n{good} {good}\n{good}{good}\n",
        "no_final_newline": f"2 2\n{good}{good}\n{good}{good}",
    }
    return bad[kind]


if mode == "sample":
    out = sample(opts.get("kind", "first"))
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    n, m = rng.randint(lo, min(hi, MAXN)), rng.randint(lo, min(hi, MAXM))
    out = render(random_grid(n, m, density()))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "max":
    out = render(max_grid(opts["kind"]))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
