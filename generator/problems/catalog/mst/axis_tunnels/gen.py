"""Test generator for mst.axis_tunnels (testlib style): python gen.py SEED MODE [key=value ...] prints `N` then
N lines `x y z`. Params: maxn, maxc (coordinates lie in [-maxc, maxc]).

Modes: sample kind=hand|hand2 (hand-made, axes permuted, moved and shuffled per seed); random lo= hi= cap=;
distinct n= (every coordinate distinct on each axis: no free links); big n= [cap=]; clusters n= k=;
diagonal n= (points on x = y = z, so the three sorted orders agree); fixed name=...; invalid kind=...
Sizes may name a bound (n=maxn, cap=maxc)."""
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
    return f"{len(points)}\n" + "".join(f"{x} {y} {z}\n" for x, y, z in points)


def varied(points, shift=30):
    """The same picture with its axes permuted and moved per seed, in shuffled order (costs are kept)."""
    order = [0, 1, 2]
    rng.shuffle(order)
    moves = [rng.randint(-shift, shift) for _ in range(3)]
    points = [tuple(p[order[a]] + moves[a] for a in range(3)) for p in points]
    rng.shuffle(points)
    return points


HAND = [(11, -15, -15), (14, -5, -15), (-1, -1, -5), (10, -4, -1), (19, -4, 19)]
HAND2 = [(0, 0, 0), (7, 3, 9), (2, 8, 4), (9, 9, 1), (5, 1, 6), (3, 6, 8)]

FIXED = {
    "single": [(0, 0, 0)],
    "single_far": [(-MAXC, MAXC, -MAXC)],
    "two_same": [(5, -5, 5), (5, -5, 5)],
    "two_corners": [(-MAXC, -MAXC, -MAXC), (MAXC, MAXC, MAXC)],
    "one_axis_equal": [(0, 0, 0), (MAXC, 17, MAXC)],
    "all_same": [(3, 4, 5)] * 5,
    "row": [(x, 1000 * x, -1000 * x) for x in (9, 1, 4, 0, 6)],
    "axes_disagree": [(0, 50, 90), (10, 0, 40), (20, 90, 0), (30, 40, 50), (40, 20, 20)],
}


def distinct(n, cap):
    axes = [rng.sample(range(-cap, cap + 1), n) for _ in range(3)]
    return list(zip(*axes))


def clusters(n, k):
    centres = [tuple(rng.randint(-MAXC, MAXC) for _ in range(3)) for _ in range(k)]
    spread = max(1, MAXC // 1000)
    points = []
    for _ in range(n):
        centre = rng.choice(centres)
        points.append(tuple(min(MAXC, max(-MAXC, v + rng.randint(-spread, spread))) for v in centre))
    return points


def invalid(kind):
    cases = {
        "n_too_big": render([(i, i, i) for i in range(MAXN + 1)]),
        "n_zero": "0\n",
        "c_too_big": f"2\n0 0 0\n{MAXC + 1} 0 0\n",
        "c_too_small": f"2\n0 0 0\n0 {-MAXC - 1} 0\n",
        "missing_point": "3\n0 0 0\n1 1 1\n",
        "missing_number": "2\n0 0 0\n1 1\n",
        "extra_number": "2\n0 0 0 0\n1 1 1\n",
        "minus_zero": "2\n-0 0 0\n1 1 1\n",
        "double_space": "2\n0  0 0\n1 1 1\n",
        "leading_zero": "2\n0 0 0\n01 1 1\n",
        "no_final_newline": "2\n0 0 0\n1 1 1",
    }
    return cases[kind]


if mode == "sample":
    out = render(varied(HAND if opts.get("kind") == "hand" else HAND2))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "6")))
    cap = size("cap", "maxc")
    out = render([tuple(rng.randint(-cap, cap) for _ in range(3)) for _ in range(n)])
elif mode == "distinct":
    out = render(distinct(size("n", "maxn"), size("cap", "maxc")))
elif mode == "big":
    cap = size("cap", "maxc")
    out = render([tuple(rng.randint(-cap, cap) for _ in range(3)) for _ in range(size("n", "maxn"))])
elif mode == "clusters":
    out = render(clusters(size("n", "maxn"), int(opts["k"])))
elif mode == "diagonal":
    out = render([(v, v, v) for v in rng.sample(range(-MAXC, MAXC + 1), size("n", "maxn"))])
elif mode == "fixed":
    name = opts["name"]
    points = FIXED[name]
    # Far-apart pictures keep their extreme coordinates; the small ones are moved and permuted per seed.
    out = render(points if any(abs(v) == MAXC for p in points for v in p) else varied(points))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
