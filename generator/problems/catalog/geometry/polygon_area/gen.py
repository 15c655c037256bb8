"""Test generator for geometry.polygon_area: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxc. Modes: sample which=1|2, star n= c= (vertices sorted by angle around an inner point: a simple,
usually non-convex polygon), comb n= c= (an axis-parallel comb, sheared when it fits), convex n= c=, list
pts=x:y,x:y,..., big (a polygon of nearly the largest area with an odd twice-area: 2A near 8 * 10^18), max
kind=star|comb, invalid kind=... Each polygon is given clockwise or counterclockwise (drawn), from a drawn vertex.
"""
import math
import random
import sys
from functools import cmp_to_key

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def text(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def twice_signed(pts):
    n = len(pts)
    return sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n))


def answer(pts):
    t = abs(twice_signed(pts))
    return f"{t // 2}.{5 if t % 2 else 0}"


def wrong_answers(pts):
    n = len(pts)
    s = twice_signed(pts)
    open_chain = abs(sum(pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1] for i in range(n - 1)))
    return [f"{open_chain // 2}.{5 if open_chain % 2 else 0}", f"{s // 2}.{5 if s % 2 else 0}",
            f"{abs(s) // 2}.0"]


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


def convex(n, c):
    """The convex hull of lattice points drawn near a circle (strict corners only)."""
    raw = set()
    for _ in range(4 * n):
        a = rng.random() * 2 * math.pi
        raw.add((int(c * math.cos(a)), int(c * math.sin(a))))
    p = sorted(raw)

    def chain(points):
        h = []
        for q in points:
            while len(h) >= 2 and (h[-1][0] - h[-2][0]) * (q[1] - h[-2][1]) - (h[-1][1] - h[-2][1]) * (q[0] - h[-2][0]) <= 0:
                h.pop()
            h.append(q)
        return h
    hull = chain(p)[:-1] + chain(p[::-1])[:-1]
    if len(hull) > n:
        hull = [hull[i] for i in sorted(rng.sample(range(len(hull)), max(3, n)))]
    return hull


if mode == "sample":
    while True:  # redrawn until each tempting mistake answers some sample wrongly
        if opts["which"] == "1":
            pts = orient(star(rng.randint(5, 6), 6), ccw=False)
        else:
            pts = orient(comb(8, 8) if rng.random() < 0.5 else star(rng.randint(6, 7), 9), ccw=True)
        right, wrong = answer(pts), wrong_answers(pts)
        if opts["which"] == "1" and not (wrong[1] != right and wrong[2] != right and wrong[0] != right):
            continue
        if opts["which"] == "2" and (wrong[0] == right or right.endswith(".5") == (rng.random() < 0.5)):
            continue
        break
elif mode == "star":
    pts = orient(star(rng.randint(3, int(opts["n"])), int(opts["c"])))
elif mode == "comb":
    pts = orient(comb(int(opts["n"]), int(opts["c"])))
elif mode == "convex":
    pts = orient(convex(int(opts["n"]), int(opts["c"])))
elif mode == "list":
    pts = [tuple(p.split(":")) for p in opts["pts"].split(",")]
elif mode == "big":
    c = MAXC
    pts = orient([(-c, -c), (c, -c), (c, c), (-c + 1, c), (-c, c - rng.choice([2, 4]) + 1)])
elif mode == "max":
    if opts["kind"] == "star":
        pts = orient(star(MAXN, MAXC))
    else:
        pts = orient(comb(MAXN, MAXC))
elif mode == "invalid":
    pts = None
    out = {
        "two_vertices": text([(0, 0), (5, 5)]), "too_far": text([(0, 0), (MAXC + 1, 0), (0, 3)]),
        "n_mismatch": "4\n0 0\n3 0\n0 3\n", "repeated": text([(0, 0), (4, 0), (4, 4), (4, 0), (0, 4)]),
        "bow_tie": text([(0, 0), (4, 4), (4, 0), (0, 4)]), "flat": text([(0, 0), (2, 2), (5, 5)]),
        "too_many": text([(i, i * i % 7) for i in range(MAXN + 1)]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
if mode != "invalid":
    out = text(pts)
sys.stdout.write(out)
