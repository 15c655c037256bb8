"""Test generator for prefix_sums.submatrix_k (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N M K", then N lines of M values (values and K may be negative). Params: max_n, max_m, max_a, max_k.
Modes: sample, small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_M, MAX_A, MAX_K = (int(opts[k]) for k in ("max_n", "max_m", "max_a", "max_k"))
rng = random.Random(seed)
r01 = rng.random


def render(grid, k):
    return f"{len(grid)} {len(grid[0])} {k}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)


def grid_of(n, m, lo, hi):
    lo, hi = max(lo, -MAX_A), min(hi, MAX_A)
    return [[lo + int(r01() * (hi - lo + 1)) for _ in range(m)] for _ in range(n)]


def some_rectangle_sum(grid):
    n, m = len(grid), len(grid[0])
    t, b = sorted((rng.randrange(n), rng.randrange(n)))
    l, r = sorted((rng.randrange(m), rng.randrange(m)))
    return sum(grid[i][j] for i in range(t, b + 1) for j in range(l, r + 1))


def case(size, bound):
    n, m = rng.randint(1, min(size, MAX_N)), rng.randint(1, min(size, MAX_M))
    grid = grid_of(n, m, -bound, bound)
    k = some_rectangle_sum(grid) if r01() < 0.7 else rng.randint(-3, 3)
    return render(grid, k)


def edge(kind):
    n, m = rng.randint(3, 5), rng.randint(3, 5)
    if kind == "one_hit":
        v = rng.randint(-MAX_A, MAX_A)
        return render([[v]], v)
    if kind == "one_miss":
        return render([[MAX_A]], MAX_A - 1)
    if kind == "zeros_k_zero":  # every rectangle has sum 0; none of the empty ones may be counted
        return render([[0] * m for _ in range(n)], 0)
    if kind == "k_zero":
        return render(grid_of(n, m, -2, 2), 0)
    if kind == "row":
        g = grid_of(1, rng.randint(5, 9), -3, 3)
        return render(g, some_rectangle_sum(g))
    if kind == "column":
        g = grid_of(rng.randint(5, 9), 1, -3, 3)
        return render(g, some_rectangle_sum(g))
    if kind == "negative_k":
        g = grid_of(n, m, -5, 2)
        return render(g, -abs(some_rectangle_sum(g)) or -1)
    if kind == "whole":  # only the whole grid (and what equals it) counts: K is the largest sum
        return render([[MAX_A] * m for _ in range(n)], MAX_A * n * m)
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "negatives":  # a sliding window over columns goes wrong once values are negative
        g = grid_of(rng.randint(4, 6), rng.randint(4, 6), -4, 4)
        return render(g, some_rectangle_sum(g))
    if kind == "first_column":  # hits that start at column 1 need the empty prefix
        n, m = rng.randint(3, 5), rng.randint(3, 5)
        g = [[5] + [rng.choice([-7, 7, 9]) for _ in range(m - 1)] for _ in range(n)]
        return render(g, 5)
    if kind == "wide":
        g = grid_of(40, 40, -3, 3)
        return render(g, some_rectangle_sum(g))
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "many_hits":  # values -1..1 and K = 0: millions of rectangles count
        return render(grid_of(MAX_N, MAX_M, -1, 1), 0)
    if kind == "zeros":  # every rectangle counts: (N(N+1)/2) * (M(M+1)/2)
        # zeros but a seeded x and -x (each problem its own test): still almost every rectangle
        g = [[0] * MAX_M for _ in range(MAX_N)]
        x = rng.randint(1, MAX_A)
        g[rng.randrange(MAX_N)][rng.randrange(MAX_M)] = x
        g[rng.randrange(MAX_N)][rng.randrange(MAX_M)] -= x
        return render(g, 0)
    if kind == "beyond":  # large values and K in the top twentieth of its range, above any rectangle's sum (at most
        # N * M * max_a): 0, and a table indexed by sums would have to reach past them
        return render(grid_of(MAX_N, MAX_M, MAX_A - MAX_A // 10, MAX_A), rng.randint(MAX_K - MAX_K // 20, MAX_K))
    if kind == "tall":
        g = grid_of(MAX_N, max(1, MAX_M // 3), -MAX_A, MAX_A)
        return render(g, some_rectangle_sum(g))
    g = grid_of(MAX_N, MAX_M, -MAX_A, MAX_A)
    return render(g, some_rectangle_sum(g))


def invalid(kind):
    g = grid_of(3, 4, -9, 9)
    rows = [" ".join(map(str, row)) for row in g]
    return {
        "n_too_big": render([[0]] * (MAX_N + 1), 0),
        "m_too_big": render([[0] * (MAX_M + 1)], 0),
        "a_too_big": render(g[:-1] + [g[-1][:-1] + [MAX_A + 1]], 0),
        "a_too_small": render([[-MAX_A - 1] + g[0][1:]] + g[1:], 0),
        "k_too_big": render(g, MAX_K + 1),
        "k_too_small": render(g, -MAX_K - 1),
        "short_row": "3 4 0\n" + rows[0] + "\n" + " ".join(rows[1].split()[:-1]) + "\n" + rows[2] + "\n",
        "missing_row": "3 4 0\n" + rows[0] + "\n" + rows[1] + "\n",
        "double_space": "3 4  0\n" + "\n".join(rows) + "\n",
    }[kind]


if mode == "sample":
    # redrawn until a rectangle with sum K starts at the first column (a dictionary of column prefix sums that
    # starts empty, wa_missing_empty_prefix, never counts it)
    while True:
        g = grid_of(rng.randint(2, 3), rng.randint(3, 4), -3, 4)
        k = some_rectangle_sum(g)
        rows, cols = len(g), len(g[0])
        if any(sum(g[r][c] for r in range(top, bottom + 1) for c in range(right + 1)) == k
               for top in range(rows) for bottom in range(top, rows) for right in range(cols)):
            break
    out = render(g, k)
elif mode == "small":
    out = case(int(opts["size"]), rng.choice([1, 3, MAX_A]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(60, rng.choice([2, MAX_A]))
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
