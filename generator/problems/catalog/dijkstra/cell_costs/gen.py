"""Test generator for dijkstra.cell_costs (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxr, maxc.

Modes: sample kind=hand|random; random lo= hi= [dlo=] [dhi=]; fixed name=...; snake r= c= w= (a cheap corridor
that winds left and right through expensive walls: moving only right/down must cross walls); big [dlo=] [dhi=];
invalid kind=..."""
import heapq
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXR, MAXC = int(opts["maxr"]), int(opts["maxc"])
rng = random.Random(seed)


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join("".join(map(str, row)) + "\n" for row in grid)


def random_grid(r, c, dlo=1, dhi=9):
    return [[rng.randint(dlo, dhi) for _ in range(c)] for _ in range(r)]


def snake(r, c, w, cheap=(1, 1), wall=(9, 9)):
    """Walls everywhere; a corridor in columns 0..w-1 runs along every even row, alternating direction, joined at
    the ends, then along the last row to the right edge."""
    w = max(1, min(w, c))
    grid = [[rng.randint(*wall) for _ in range(c)] for _ in range(r)]
    i, going_right = 0, True
    while True:
        for j in range(w):
            grid[i][j] = rng.randint(*cheap)
        end = w - 1 if going_right else 0
        if i + 2 >= r:
            break
        grid[i + 1][end] = rng.randint(*cheap)
        i += 2
        going_right = not going_right
    for k in range(i, r):  # down the side where the last run ended, then right along the bottom row
        grid[k][w - 1 if going_right else 0] = rng.randint(*cheap)
    for j in range(c):
        grid[r - 1][j] = rng.randint(*cheap) if j >= (w - 1 if going_right else 0) else grid[r - 1][j]
    return grid


def fixed(name):
    cases = {
        "one_cell": ["7"],
        "one_cell_min": ["1"],
        "one_row": ["3917"],
        "one_column": ["5", "1", "9", "2"],
        "all_nines": ["9" * 6] * 5,
        "all_equal_ones": ["1" * 7] * 3,
        "snake_small": ["111", "991", "111", "199", "111"],
        "up_and_back": ["1999", "1111", "9991", "1111", "1999", "1111"],
        "detour_equal": ["19", "11"],
    }
    return render([[int(ch) for ch in row] for row in cases[name]])


def invalid(kind):
    base = ["3 4", "1234", "5678", "9123"]
    if kind == "r_too_big":
        return render([[1] * 2 for _ in range(MAXR + 1)])
    if kind == "c_too_big":
        return render([[1] * (MAXC + 1) for _ in range(2)])
    if kind == "digit_zero":
        base[2] = "5608"
    elif kind == "spaces_between":
        base[1] = "1 2 3 4"
    elif kind == "short_row":
        base[3] = "912"
    elif kind == "long_row":
        base[3] = "91234"
    elif kind == "missing_row":
        base.pop()
    elif kind == "extra_row":
        base.append("1111")
    elif kind == "r_zero":
        return "0 4\n"
    elif kind == "leading_zero":
        base[0] = "03 4"
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(base) + "\n"


def cheapest(grid, right_down=False):
    """The cheapest route's cost (Dijkstra); right_down: with steps right and down only (a grid DP)."""
    r, c = len(grid), len(grid[0])
    best = {(0, 0): grid[0][0]}
    heap = [(grid[0][0], 0, 0)]
    while heap:
        d, i, j = heapq.heappop(heap)
        if d > best[(i, j)]:
            continue
        steps = ((1, 0), (0, 1)) if right_down else ((1, 0), (0, 1), (-1, 0), (0, -1))
        for di, dj in steps:
            y, x = i + di, j + dj
            if 0 <= y < r and 0 <= x < c and d + grid[y][x] < best.get((y, x), d + grid[y][x] + 1):
                best[(y, x)] = d + grid[y][x]
                heapq.heappush(heap, (d + grid[y][x], y, x))
    return best[(r - 1, c - 1)]


if mode == "sample":
    if opts.get("kind") == "hand":
        r = rng.choice([5, 7])
        out = render(snake(r, rng.randint(3, 5), rng.randint(3, 4), cheap=(1, 2), wall=(8, 9)))
    else:  # redrawn until the cheapest route must step up or left somewhere
        grid = random_grid(rng.randint(3, 4), rng.randint(3, 5))
        while cheapest(grid) == cheapest(grid, right_down=True):
            grid = random_grid(rng.randint(3, 4), rng.randint(3, 5))
        out = render(grid)
elif mode == "random":
    lo, hi = int(opts["lo"]), int(opts["hi"])
    r, c = rng.randint(lo, min(hi, MAXR)), rng.randint(lo, min(hi, MAXC))
    out = render(random_grid(r, c, int(opts.get("dlo", 1)), int(opts.get("dhi", 9))))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "snake":
    # seeded costs on a fixed shape (each problem its own test)
    out = render(snake(min(MAXR, int(opts["r"])), min(MAXC, int(opts["c"])), int(opts["w"]),
                       cheap=(1, 2), wall=(8, 9)))
elif mode == "big":
    out = render(random_grid(MAXR, MAXC, int(opts.get("dlo", 1)), int(opts.get("dhi", 9))))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
