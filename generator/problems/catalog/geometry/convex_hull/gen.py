"""Test generator for geometry.convex_hull: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxc. Modes: sample which=1|2, random n= c=, grid n= c= scale= (points of a small grid, scaled by
`scale` and shifted: many points on the hull's edges, several with the smallest or largest x, and on the rays from
the lowest point), parabola n= inner= (points (x, x^2 - 5 * 10^8), every one a corner, plus `inner` points inside:
gift wrapping's worst case), thin n= (a corner where the hull turns by the smallest possible amount, its two edges
about 10^9 long: the exact cross product is 1 while each of its two products is near 10^17, so a floating-point CCW
rounds it to 0 and drops the corner; plus points on the long edges and inside), list pts=x:y,...,
max kind=parabola|random|grid, invalid kind=...
Points are distinct, not all on one line, and given in a random order.
"""
import random
import sys
from functools import cmp_to_key
from math import gcd

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def text(pts):
    return f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def chain_count(pts, keep_collinear=False, key=None):
    pts = sorted(pts, key=key)

    def chain(points):
        h = []
        for p in points:
            while len(h) >= 2 and (cross(h[-2], h[-1], p) < 0 if keep_collinear else cross(h[-2], h[-1], p) <= 0):
                h.pop()
            h.append(p)
        return h
    return len(chain(pts)) + len(chain(pts[::-1])) - 2


def graham_far_first(pts):
    pv = min(pts, key=lambda p: (p[1], p[0]))

    def cmp(a, b):
        c = cross(pv, a, b)
        if c:
            return -1 if c > 0 else 1
        da, db = (a[0] - pv[0]) ** 2 + (a[1] - pv[1]) ** 2, (b[0] - pv[0]) ** 2 + (b[1] - pv[1]) ** 2
        return -1 if da > db else 1 if da < db else 0
    h = [pv]
    for p in sorted((q for q in pts if q != pv), key=cmp_to_key(cmp)):
        while len(h) >= 2 and cross(h[-2], h[-1], p) <= 0:
            h.pop()
        h.append(p)
    return len(h)


def fine(pts):
    return len(set(pts)) == len(pts) >= 3 and any(cross(pts[0], pts[1], p) for p in pts)


def random_points(n, c):
    while True:
        pts = set()
        while len(pts) < n:
            pts.add((rng.randint(-c, c), rng.randint(-c, c)))
        pts = list(pts)
        if fine(pts):
            rng.shuffle(pts)
            return pts


def grid_points(n, c, scale=1):
    n = min(n, (2 * c + 1) ** 2)
    while True:
        cells = rng.sample([(x, y) for x in range(-c, c + 1) for y in range(-c, c + 1)], n)
        if fine(cells):
            break
    ox = rng.randint(-MAXC + c * scale, MAXC - c * scale)
    oy = rng.randint(-MAXC + c * scale, MAXC - c * scale)
    return [(ox + scale * x, oy + scale * y) for x, y in cells]


def parabola_points(n, inner):
    top = 31622  # x^2 <= 10^9
    xs = rng.sample(range(-top, top + 1), min(n, 2 * top + 1))
    pts = [(x, x * x - 500000000) for x in xs]
    got = set(pts)
    while len(pts) < n + inner:
        x = rng.randint(-top + 1, top - 1)
        p = (x, rng.randint(x * x - 500000000 + 1, 500000000))
        if p not in got:
            got.add(p)
            pts.append(p)
    rng.shuffle(pts)
    return pts


def float_chain_count(pts):
    """The monotone chain with the CCW test done in doubles (a tempting mistake the thin tests must catch)."""
    return chain_count([(float(x), float(y)) for x, y in pts])


def thin_points(n):
    """A = (-C, -C), B = A + u, C = B + v with det(u, v) = 1 and both u, v long, so B is a corner by the thinnest
    margin; Q = (-C, C) closes a convex quadrilateral A B C Q. Points on the edges C-Q and Q-A and inside fill up
    to n, then one of the square's 8 symmetries is applied. Redrawn until a floating-point CCW miscounts it."""
    c = MAXC
    while True:
        while True:
            a, b = rng.randint(c // 4, c * 3 // 4), rng.randint(c // 4, c * 3 // 4)
            x0, y0, x1, y1, r0, r1 = 1, 0, 0, 1, a, b  # extended Euclid: a * x + b * y = gcd(a, b)
            while r1:
                q = r0 // r1
                r0, r1, x0, x1, y0, y1 = r1, r0 - q * r1, x1, x0 - q * x1, y1, y0 - q * y1
            if r0 == 1:
                break
        t = (a - (-y0)) // a  # v = (-y0 + t * a, x0 + t * b) solves a * vy - b * vx = 1; take it close to u
        v = (-y0 + t * a, x0 + t * b)
        A = (-c, -c)
        B = (A[0] + a, A[1] + b)
        C = (B[0] + v[0], B[1] + v[1])
        Q = (-c, c)
        if not (abs(C[0]) <= c and abs(C[1]) <= c and cross(A, B, C) == 1 and cross(B, C, Q) > 0 and cross(C, Q, A) > 0):
            continue
        pts = {A, B, C, Q}
        for _ in range(min(n // 4, 1000)):  # on the edge Q-A (x = -C) and on the edge C-Q where it has lattice points
            pts.add((-c, rng.randint(-c + 1, c - 1)))
        dx, dy = Q[0] - C[0], Q[1] - C[1]
        g = gcd(abs(dx), abs(dy))
        for _ in range(min(n // 8, g - 1)):
            k = rng.randint(1, g - 1)
            pts.add((C[0] + dx // g * k, C[1] + dy // g * k))
        while len(pts) < n:  # strictly inside
            p = (rng.randint(-c, c), rng.randint(-c, c))
            if cross(A, B, p) > 0 and cross(B, C, p) > 0 and cross(C, Q, p) > 0 and cross(Q, A, p) > 0:
                pts.add(p)
        sx, sy, swap = rng.choice((1, -1)), rng.choice((1, -1)), rng.random() < 0.5
        pts = [(sx * y, sy * x) if swap else (sx * x, sy * y) for x, y in pts]
        if float_chain_count(pts) != chain_count(pts):
            rng.shuffle(pts)
            return pts


if mode == "sample":
    while True:  # redrawn until each tempting mistake answers some sample wrongly
        if opts["which"] == "1":
            pts = grid_points(rng.randint(8, 10), 2)
            dx, dy = rng.randint(-3, 3) - pts[0][0], rng.randint(-3, 3) - pts[0][1]
            pts = [(x + dx, y + dy) for x, y in pts]  # small numbers to read
        else:
            pts = random_points(rng.randint(9, 12), 6)
        right = chain_count(pts)
        if opts["which"] == "1" and not (chain_count(pts, keep_collinear=True) != right and graham_far_first(pts) != right
                                         and chain_count(pts, key=lambda p: p[0]) != right):
            continue
        if opts["which"] == "2" and graham_far_first(pts) == right:
            continue
        break
elif mode == "random":
    pts = random_points(rng.randint(3, int(opts["n"])), int(opts["c"]))
elif mode == "grid":
    pts = grid_points(rng.randint(3, int(opts["n"])), int(opts["c"]), int(opts.get("scale", "1")))
elif mode == "thin":
    pts = thin_points(rng.randint(max(4, int(opts["n"]) // 2), int(opts["n"])))
elif mode == "parabola":
    pts = parabola_points(int(opts["n"]), int(opts["inner"]))
elif mode == "list":
    pts = [tuple(p.split(":")) for p in opts["pts"].split(",")]
elif mode == "max":
    if opts["kind"] == "parabola":
        pts = parabola_points(2 * 31622 + 1, MAXN - (2 * 31622 + 1))
    elif opts["kind"] == "random":
        pts = random_points(MAXN, MAXC)
    else:
        pts = grid_points(MAXN, 200, 4000000)
elif mode == "invalid":
    pts = {
        "too_few": [(0, 0), (1, 1)], "repeated": [(0, 0), (3, 0), (0, 3), (3, 0)], "one_line": [(0, 0), (1, 2), (3, 6), (-2, -4)],
        "too_far": [(0, 0), (MAXC + 1, 0), (0, 1)], "too_many": [(i, i * i % 1000) for i in range(MAXN + 1)],
    }.get(opts["kind"])
    if pts is None:
        sys.stdout.write({"n_mismatch": "4\n0 0\n1 0\n0 1\n"}[opts["kind"]])
        raise SystemExit
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(text(pts))
