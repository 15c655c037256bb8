"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxq, maxx. Modes: sample kind=border|plain, random lo= hi= qs= span=,
fixed pts=x:y,... rects=x1:y1:x2:y2;..., max kind=random|grid|clustered|same_point, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXX = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxx"])
rng = random.Random(seed)


def text(points, rects):
    return (f"{len(points)} {len(rects)}\n" + "".join(f"{x} {y}\n" for x, y in points)
            + "".join(" ".join(map(str, r)) + "\n" for r in rects))


def rect(lo, hi):
    x1, x2 = sorted((rng.randint(lo, hi), rng.randint(lo, hi)))
    y1, y2 = sorted((rng.randint(lo, hi), rng.randint(lo, hi)))
    return (x1, y1, x2, y2)


def rect_on_points(points, lo, hi):
    """A rectangle whose borders pass through points, so inclusive borders matter."""
    (ax, ay), (bx, by) = rng.choice(points), rng.choice(points)
    x1, x2 = sorted((ax, bx))
    y1, y2 = sorted((ay, by))
    if rng.random() < 0.3:
        x1, x2 = sorted((x1, rng.randint(lo, hi)))
    return (x1, y1, x2, y2)


def rects_for(points, q, lo, hi):
    return [rect_on_points(points, lo, hi) if rng.random() < 0.6 else rect(lo, hi) for _ in range(q)]


if mode == "sample":
    points = [(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(rng.randint(5, 6))]
    if opts["kind"] == "border":  # two points at one place, rectangles through points
        points.append(points[0])
        rects = [rect_on_points(points, 0, 9) for _ in range(3)]
        x, y = points[0]
        rects.append((x, y, x, y))
    else:
        rects = [rect(0, 9) for _ in range(rng.randint(3, 4))]
    out = text(points, rects)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    span = min(MAXX, int(opts["span"]))
    lo = 0 if rng.random() < 0.5 else rng.randint(0, MAXX - span)  # half the time at 0: X1 = 0 has no X1 - 1
    points = [(rng.randint(lo, lo + span), rng.randint(lo, lo + span)) for _ in range(n)]
    out = text(points, rects_for(points, rng.randint(1, int(opts["qs"])), lo, lo + span))
elif mode == "fixed":
    points = [tuple(map(int, p.split(":"))) for p in opts["pts"].split(",")]
    rects = [tuple(map(int, r.split(":"))) for r in opts["rects"].split(";")]
    out = text(points, rects)
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        points = [(rng.randint(0, MAXX), rng.randint(0, MAXX)) for _ in range(MAXN)]
        rects = rects_for(points, MAXQ, 0, MAXX)
    elif kind == "grid":  # points on a coarse grid with random spacing: many share a coordinate
        xs = sorted(rng.sample(range(MAXX + 1), 250))
        ys = sorted(rng.sample(range(MAXX + 1), 250))
        points = [(rng.choice(xs), rng.choice(ys)) for _ in range(MAXN)]
        rects = rects_for(points, MAXQ, 0, MAXX)
    elif kind == "clustered":  # everything near one corner, rectangles mostly large
        cx, cy = rng.randint(0, MAXX - 10**6), rng.randint(0, MAXX - 10**6)
        points = [(cx + rng.randint(0, 10**6), cy + rng.randint(0, 10**6)) for _ in range(MAXN)]
        rects = [(rng.randint(0, cx + 1000), rng.randint(0, cy + 1000), rng.randint(cx + 10**6 - 1000, MAXX),
                  rng.randint(cy + 10**6 - 1000, MAXX)) for _ in range(MAXQ)]
        rects = [r if rng.random() < 0.7 else rect_on_points(points, 0, MAXX) for r in rects]
    else:  # all points at one place: every answer is 0 or N
        p = (rng.randint(0, MAXX), rng.randint(0, MAXX))
        points = [p] * MAXN
        rects = [rect(0, MAXX) if rng.random() < 0.5 else (p[0], rng.randint(0, p[1]), rng.randint(p[0], MAXX), p[1])
                 for _ in range(MAXQ)]
    out = text(points, rects)
elif mode == "invalid":
    out = {"too_many": text([(0, 0)] * (MAXN + 1), [(0, 0, 1, 1)]), "reversed": "1 1\n1 1\n2 0 1 3\n",
           "too_big": text([(MAXX + 1, 0)], [(0, 0, 1, 1)]), "negative": "1 1\n1 1\n0 -1 2 2\n",
           "count": "2 1\n1 1\n0 0 2 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
