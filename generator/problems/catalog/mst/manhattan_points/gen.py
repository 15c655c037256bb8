"""Test generator for mst.manhattan_points (testlib style): python gen.py SEED MODE [key=value ...] prints `N` then
N lines `x y`. Params: maxn, maxc.

Modes: sample kind=hand|hand2 (hand-made, moved/mirrored per seed); random lo= hi= cap=; fixed name=...;
big n= [cap=]; clusters n= k= (tight groups far apart: a nearest-neighbour walk pays for long jumps twice);
line n= (points on one row); invalid kind=... Sizes may name a bound (n=maxn, cap=maxc)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxc": MAXC}.get(value) or int(value)


def render(points):
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def varied(points):
    """The same picture moved, mirrored or turned per seed (Manhattan distances are kept), in shuffled order."""
    if rng.random() < 0.5:
        points = [(y, x) for x, y in points]
    span = max(max(p) for p in points)
    if rng.random() < 0.5:
        points = [(span - x, y) for x, y in points]
    dx, dy = rng.randint(0, 20), rng.randint(0, 20)
    points = [(x + dx, y + dy) for x, y in points]
    rng.shuffle(points)
    return points


HAND = [(0, 0), (2, 1), (5, 0), (6, 4), (1, 5), (9, 3)]
HAND2 = [(1, 1), (1, 1), (4, 1), (4, 6), (8, 6), (0, 9), (8, 2)]

FIXED = {
    "single": [(0, 0)],
    "single_far": [(MAXC, MAXC)],
    "two_same": [(7, 7), (7, 7)],
    "two_corners": [(0, 0), (MAXC, MAXC)],
    "all_same": [(3, 4)] * 5,
    "corners": [(0, 0), (0, MAXC), (MAXC, 0), (MAXC, MAXC)],
    "row": [(x, 0) for x in (9, 1, 4, 0, 6)],
    "plus": [(5, 5), (5, 0), (5, 10), (0, 5), (10, 5), (5, 6)],
}


def clusters(n, k):
    centres = [(rng.randint(0, MAXC), rng.randint(0, MAXC)) for _ in range(k)]
    spread = max(1, MAXC // 1000)
    points = []
    for _ in range(n):
        cx, cy = rng.choice(centres)
        points.append((min(MAXC, max(0, cx + rng.randint(-spread, spread))),
                       min(MAXC, max(0, cy + rng.randint(-spread, spread)))))
    return points


def invalid(kind):
    cases = {
        "n_too_big": render([(i, i) for i in range(MAXN + 1)]),
        "n_zero": "0\n",
        "c_too_big": f"2\n0 0\n{MAXC + 1} 0\n",
        "c_negative": "2\n0 0\n-1 3\n",
        "missing_point": "3\n0 0\n1 1\n",
        "extra_number": "2\n0 0 0\n1 1\n",
        "double_space": "2\n0  0\n1 1\n",
        "leading_zero": "2\n0 0\n01 1\n",
        "no_final_newline": "2\n0 0\n1 1",
    }
    return cases[kind]


if mode == "sample":
    out = render(varied(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "6")))
    cap = size("cap", "maxc")
    out = render([(rng.randint(0, cap), rng.randint(0, cap)) for _ in range(n)])
elif mode == "fixed":
    out = render(FIXED[opts["name"]])
elif mode == "big":
    cap = size("cap", "maxc")
    out = render([(rng.randint(0, cap), rng.randint(0, cap)) for _ in range(size("n", "maxn"))])
elif mode == "clusters":
    out = render(clusters(size("n", "maxn"), int(opts["k"])))
elif mode == "line":
    out = render([(rng.randint(0, MAXC), MAXC // 2) for _ in range(size("n", "maxn"))])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
