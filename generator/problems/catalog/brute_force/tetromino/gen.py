"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then N rows of M values. Params: maxn, maxm, maxv. Modes: sample [need=mirror|t], random hi=, planted shape=
(mirror|t|any) hi= (large values on one placement of that kind, small noise elsewhere), case name=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXV = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxv"])
rng = random.Random(seed)
BASES = {
    "I": [(0, 0), (0, 1), (0, 2), (0, 3)], "O": [(0, 0), (0, 1), (1, 0), (1, 1)],
    "T": [(0, 0), (0, 1), (0, 2), (1, 1)], "L": [(0, 0), (1, 0), (2, 0), (2, 1)],
    "S": [(0, 1), (0, 2), (1, 0), (1, 1)],
}


def normalised(cells):
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return tuple(sorted((r - top, c - left) for r, c in cells))


def orientations(names, mirrored):
    shapes = set()
    for name in names:
        cells = BASES[name]
        for _ in range(4):
            cells = [(c, -r) for r, c in cells]
            shapes.add(normalised(cells))
            if mirrored:
                shapes.add(normalised([(r, -c) for r, c in cells]))
    return sorted(shapes)


ALL = orientations("IOTLS", True)
SHAPES = {
    "mirror": sorted(set(ALL) - set(orientations("IOTLS", False))),  # J and Z: only mirror images reach them
    "t": orientations("T", False),
    "any": ALL,
}


def render(grid):
    return f"{len(grid)} {len(grid[0])}\n" + "".join(" ".join(map(str, row)) + "\n" for row in grid)


def noise(n, m, cap):
    return [[rng.randint(1, cap) for _ in range(m)] for _ in range(n)]


def planted(n, m, kind):
    """Noise up to 60% of maxv, one placement of the wanted kind at maxv: it is the unique best (any placement that
    misses a planted cell scores at most 3 * maxv + 0.6 * maxv)."""
    grid = noise(n, m, MAXV * 6 // 10)
    shape = rng.choice([s for s in SHAPES[kind] if max(r for r, _ in s) < n and max(c for _, c in s) < m])
    top = rng.randint(0, n - 1 - max(r for r, _ in shape))
    left = rng.randint(0, m - 1 - max(c for _, c in shape))
    for r, c in shape:
        grid[top + r][left + c] = MAXV
    return grid


def size(hi):
    return rng.randint(3, min(MAXN, hi)), rng.randint(3, min(MAXM, hi))


def best(grid, shapes):
    n, m = len(grid), len(grid[0])
    return max(sum(grid[top + r][left + c] for r, c in shape) for shape in shapes
               for top in range(n - max(r for r, _ in shape)) for left in range(m - max(c for _, c in shape)))


if mode == "sample":
    # need=mirror: redrawn until only a mirror image (J or Z) reaches the largest sum, so trying rotations alone
    # (wa_no_mirror_images) falls short; need=t: until only a T does (wa_no_t_shape, a walk never makes a T).
    need = opts.get("need")
    while True:
        grid = noise(rng.randint(4, 5), rng.randint(4, 6), 9)
        if need is None or best(grid, ALL) > best(grid, sorted(set(ALL) - set(SHAPES[need]))):
            break
elif mode == "random":
    n, m = size(int(opts["hi"]))
    grid = noise(n, m, rng.choice([3, 50, MAXV]))
elif mode == "planted":
    grid = planted(*size(int(opts["hi"])), opts["shape"])
elif mode == "case":
    name = opts["name"]
    if name == "row":
        grid = noise(1, 4, 9)
    elif name == "column":
        grid = noise(7, 1, 9)
    elif name == "square":
        grid = noise(2, 2, 9)
    elif name == "two_by_three":
        grid = noise(2, 3, 9)
    elif name == "top_values":
        grid = [[MAXV] * 4 for _ in range(4)]
    else:  # ones
        grid = [[1] * 5 for _ in range(3)]
elif mode == "max":
    kind = opts["kind"]
    grid = noise(MAXN, MAXM, MAXV) if kind == "random" else planted(MAXN, MAXM, kind)
elif mode == "invalid":
    kind = opts["kind"]
    sys.stdout.write({
        "too_big": lambda: render(noise(MAXN + 1, 4, 9)),
        "nothing_fits": lambda: "1 3\n1 2 3\n",
        "value_zero": lambda: "2 2\n1 0\n3 4\n",
        "value_too_big": lambda: f"2 2\n1 {MAXV + 1}\n3 4\n",
        "short_row": lambda: "2 3\n1 2 3\n4 5\n",
        "missing_row": lambda: "3 2\n1 2\n3 4\n",
    }[kind]())
    raise SystemExit(0)
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(render(grid))
