"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxc. Modes: sample kind=repeats|spread, random lo= hi= spread=, fixed pts=x:y,x:y,..., max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def text(points):
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def axis(count, far):
    """`count` different coordinates: far apart (up to the bound) or a random set of small ones."""
    if far:
        return sorted(rng.sample(range(-MAXC, MAXC + 1), count))
    start = rng.randint(-50, 50)
    return sorted(rng.sample(range(start, start + 3 * count), count))


def scatter(n, width, height, far=True):
    xs, ys = axis(width, far), axis(height, far)
    pts = [(rng.choice(xs), rng.choice(ys)) for _ in range(n)]
    # every chosen coordinate used at least once, so the picture has exactly `width` columns and `height` rows
    pts[:width] = [(x, rng.choice(ys)) for x in xs][:min(width, n)]
    pts[width:width + height] = [(rng.choice(xs), y) for y in ys][:max(0, min(height, n - width))]
    rng.shuffle(pts)
    return pts


if mode == "sample":
    if opts["kind"] == "repeats":  # repeated coordinates and one repeated point
        xs, ys = axis(3, True), axis(3, True)
        pts = [(xs[0], ys[2]), (xs[2], ys[2]), (xs[1], ys[0]), (xs[2], ys[1]), (xs[1], ys[0])]
        rng.shuffle(pts)
    else:
        pts = scatter(6, 4, 3)
    out = text(pts)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    spread = int(opts["spread"])
    width, height = rng.randint(1, min(n, spread)), rng.randint(1, min(n, spread))
    out = text(scatter(n, width, height, rng.random() < 0.5))
elif mode == "fixed":
    out = text([tuple(map(int, p.split(":"))) for p in opts["pts"].split(",")])
elif mode == "max":
    kind = opts["kind"]
    if kind == "wide":  # every coordinate different and extreme values included
        xs, ys = axis(MAXN, True), axis(MAXN, True)
        xs[0], ys[-1] = -MAXC, MAXC
        rng.shuffle(ys)
        out = text(list(zip(xs, ys)))
    elif kind == "crowded":  # many repeats: few columns and rows
        out = text(scatter(MAXN, rng.randint(5, 9), rng.randint(5, 9)))
    else:  # a diagonal with a random slope sign, points in a random order
        xs, ys = axis(MAXN // 2, True), axis(MAXN // 2, True)
        if rng.random() < 0.5:
            ys.reverse()
        pts = list(zip(xs, ys)) * 2
        rng.shuffle(pts)
        out = text(pts)
elif mode == "invalid":
    out = {"too_many": text([(i, i) for i in range(MAXN + 1)]), "too_big": text([(0, MAXC + 1)]),
           "missing": "2\n1 2\n3\n", "count": "3\n1 2\n3 4\n", "leading_zero": "1\n01 2\n",
           "zero_n": "0\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
