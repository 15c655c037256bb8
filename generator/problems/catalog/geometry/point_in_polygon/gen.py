"""Test generator for geometry.point_in_polygon: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxq, maxc. Modes: sample which=1|2, star n= q= c= (a star-shaped polygon, usually not convex),
comb n= q= c= (a sheared comb: deep pockets, many vertices at one height),
sliver q= c= (a triangle with a long edge of coprime steps and points a hair beside it, against float crossings), list pts=x:y,... qs=x:y,...,
max kind=star|comb, invalid kind=... Queries mix vertices, lattice points on edges, points level with a vertex
(a ray from them runs through it), points one step off an edge and random points of the bounding box.
"""
import math
import random
import sys
from functools import cmp_to_key

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ, MAXC = int(opts["maxn"]), int(opts["maxq"]), int(opts["maxc"])
rng = random.Random(seed)


def text(pts, qs):
    return (f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts) + f"{len(qs)}\n"
            + "".join(f"{x} {y}\n" for x, y in qs))


def twice_signed(pts):
    n = len(pts)
    return sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))


def orient(pts, ccw=None):
    """Counterclockwise when ccw, clockwise when not (drawn when None), starting from a drawn vertex."""
    if ccw is None:
        ccw = rng.random() < 0.5
    if (twice_signed(pts) > 0) != ccw:
        pts = pts[::-1]
    k = rng.randrange(len(pts))
    return pts[k:] + pts[:k]


def half(v):
    return 0 if v[1] > 0 or (v[1] == 0 and v[0] > 0) else 1


def by_angle(a, b):
    ha, hb = half(a), half(b)
    if ha != hb:
        return ha - hb
    cross = a[0] * b[1] - a[1] * b[0]
    return -1 if cross > 0 else 1 if cross < 0 else 0


def star(n, c):
    while True:
        cx, cy = rng.randint(-c // 4, c // 4), rng.randint(-c // 4, c // 4)
        seen, vecs = set(), []
        while len(vecs) < n:
            r = rng.choice([c, c // 2 + 1, c // 8 + 1]) if c >= 8 else c
            x, y = rng.randint(-r, r), rng.randint(-r, r)
            if not (-c <= cx + x <= c and -c <= cy + y <= c) or (x, y) == (0, 0):
                continue
            g = math.gcd(x, y)
            if (x // g, y // g) in seen:
                continue
            seen.add((x // g, y // g))
            vecs.append((x, y))
        vecs.sort(key=cmp_to_key(by_angle))
        if all(vecs[i][0] * vecs[(i + 1) % n][1] - vecs[i][1] * vecs[(i + 1) % n][0] > 0 for i in range(n)):
            return [(cx + x, cy + y) for x, y in vecs]


def comb(n, c):
    k = max(1, n // 4)
    xs = sorted(rng.sample(range(-c, c + 1), 2 * k))
    g = rng.randint(-c + 1, -c + max(1, c // 4))
    hs = [rng.randint(g + 1, c) for _ in range(k)]
    pts = [(xs[0], -c), (xs[-1], -c)]
    for i in range(k - 1, -1, -1):
        pts += [(xs[2 * i + 1], hs[i]), (xs[2 * i], hs[i])]
        if i:
            pts += [(xs[2 * i], g), (xs[2 * i - 1], g)]
    if all(abs(x + y) <= c for x, y in pts) and rng.random() < 0.7:
        pts = [(x + y, y) for x, y in pts]  # a shear keeps the area and makes slanted edges
    if rng.random() < 0.5:
        pts = [(y, x) for x, y in pts]
    return pts


def locate(poly, p, variant=None):
    n = len(poly)
    inside, signs = False, set()
    for i in range(n):
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % n]
        cross = (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax)
        if variant != "no_boundary" and cross == 0 and min(ax, bx) <= p[0] <= max(ax, bx) and min(ay, by) <= p[1] <= max(ay, by):
            return "ON"
        signs.add(cross > 0)
        if variant == "twice":
            hit = ay != by and min(ay, by) <= p[1] <= max(ay, by)
        else:
            hit = (ay > p[1]) != (by > p[1])
        if hit and (cross > 0) == (by > ay):
            inside = not inside
    if variant == "same_side":
        return "IN" if len(signs) == 1 else "OUT"
    return "IN" if inside else "OUT"


def queries(poly, q, c):
    n = len(poly)
    xs, ys = [x for x, _ in poly], [y for _, y in poly]
    out = []
    while len(out) < q:
        kind = rng.randrange(5)
        i = rng.randrange(n)
        (ax, ay), (bx, by) = poly[i], poly[(i + 1) % n]
        if kind == 0:
            p = (ax, ay)
        elif kind == 1:
            g = math.gcd(bx - ax, by - ay)
            k = rng.randint(0, g)
            p = (ax + (bx - ax) // g * k, ay + (by - ay) // g * k)
            if kind == 1 and rng.random() < 0.5:
                p = (p[0] + rng.choice([-1, 1]), p[1] + rng.choice([-1, 0, 1]))
        elif kind == 2:
            p = (rng.randint(min(xs), max(xs)), ay)  # level with a vertex
        else:
            p = (rng.randint(min(xs) - 1, max(xs) + 1), rng.randint(min(ys) - 1, max(ys) + 1))
        if all(abs(v) <= c for v in p):
            out.append(p)
    return out


if mode == "sample":
    while True:  # redrawn until each tempting mistake answers some query wrongly
        if opts["which"] == "1":
            poly = orient(comb(8, 7))
            qs = queries(poly, 6, 7)
            need = ["no_boundary", "same_side"]
        else:
            poly = orient(star(rng.randint(6, 7), 8))
            qs = queries(poly, 6, 8)
            need = ["twice"]
        right = [locate(poly, p) for p in qs]
        if len(set(right)) == 3 and len(set(qs)) == len(qs) and all(
                [locate(poly, p, v) for p in qs] != right for v in need):
            break
elif mode in ("star", "comb"):
    c = int(opts["c"])
    poly = orient((star if mode == "star" else comb)(rng.randint(4, int(opts["n"])) if mode == "star" else int(opts["n"]), c))
    qs = queries(poly, int(opts["q"]), c)
elif mode == "sliver":  # a long edge with coprime steps and points 1..300/dy beside it: floats round them onto it
    c = int(opts["c"])
    while True:
        x1, y1 = -c + rng.randint(0, c // 1000), -c + rng.randint(0, c // 1000)
        x2, y2 = c - rng.randint(0, c // 1000), c - rng.randint(0, c // 1000)
        if math.gcd(x2 - x1, y2 - y1) == 1:
            break
    dx, dy, inv = x2 - x1, y2 - y1, pow(x2 - x1, -1, y2 - y1)
    qs = [(x1, y1), (x2, y2)]
    for m in rng.sample([v for v in range(-300, 301) if v], min(int(opts["q"]), 600) - 2):
        t = m * inv % dy
        qs.append((x1 + (dx * t - m) // dy, y1 + t))
    poly = [(x1, y1), (x2, y2), (-c, c)]
    if rng.random() < 0.5:
        poly, qs = [(-x, y) for x, y in poly], [(-x, y) for x, y in qs]
    poly = orient(poly)
elif mode == "list":
    poly = [tuple(p.split(":")) for p in opts["pts"].split(",")]
    qs = [tuple(p.split(":")) for p in opts["qs"].split(",")]
elif mode == "max":
    poly = orient((star if opts["kind"] == "star" else comb)(MAXN, MAXC))
    qs = queries(poly, MAXQ, MAXC)
elif mode == "invalid":
    tri = [(0, 0), (4, 0), (0, 4)]
    sys.stdout.write({
        "two_vertices": text([(0, 0), (5, 5)], [(1, 1)]), "too_far": text(tri, [(MAXC + 1, 0)]),
        "bow_tie": text([(0, 0), (4, 4), (4, 0), (0, 4)], [(1, 1)]), "repeated": text([(0, 0), (4, 0), (4, 0), (0, 4)], [(1, 1)]),
        "q_mismatch": text(tri, [(1, 1)]).replace("\n1\n1 1\n", "\n2\n1 1\n"), "zero_q": text(tri, []),
        "too_many_queries": text(tri, [(1, 1)] * (MAXQ + 1)),
    }[opts["kind"]])
    raise SystemExit
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(text(poly, qs))
