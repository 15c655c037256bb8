"""Test generator for geometry.ccw: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxc. Modes: sample which=1|2, random t= c= (coordinates in [-c, c]), collinear t= c= (most triples on
one line, the rest one step off it), near t= (huge triples whose two slopes differ by 1 / (b d) with b, d near 10^9:
floating-point slopes or products cannot tell them apart), list triples=x1:y1:x2:y2:x3:y3,..., max kind=random|near,
invalid kind=...
"""
import math
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXC = int(opts["maxt"]), int(opts["maxc"])
rng = random.Random(seed)


def text(triples):
    return f"{len(triples)}\n" + "".join(" ".join(map(str, t)) + "\n" for t in triples)


def distinct(t):
    return len({(t[0], t[1]), (t[2], t[3]), (t[4], t[5])}) == 3


def ccw(t):
    x1, y1, x2, y2, x3, y3 = t
    c = (x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1)
    return (c > 0) - (c < 0)


def by_slopes(t):
    x1, y1, x2, y2, x3, y3 = t
    s1 = float("inf") if x2 == x1 else (y2 - y1) / (x2 - x1)
    s2 = float("inf") if x3 == x2 else (y3 - y2) / (x3 - x2)
    return 1 if s2 > s1 else -1 if s2 < s1 else 0


def random_triple(c):
    while True:
        t = [rng.randint(-c, c) for _ in range(6)]
        if distinct(t):
            return t


def collinear_triple(c):
    while True:
        x1, y1 = rng.randint(-c, c), rng.randint(-c, c)
        dx, dy = rng.randint(-c // 2, c // 2), rng.randint(-c // 2, c // 2)
        if (dx, dy) == (0, 0):
            continue
        g = math.gcd(dx, dy)
        dx, dy = dx // g * rng.randint(1, max(1, g)), dy // g * rng.randint(1, max(1, g))
        k = rng.choice([-1, 2, 3, 1])
        pts = [(x1, y1), (x1 + dx, y1 + dy), (x1 + k * dx, y1 + k * dy)]
        if k == 1:  # one step off the line
            pts[2] = (pts[2][0] + rng.choice([-1, 1]), pts[2][1])
        rng.shuffle(pts)
        t = [v for p in pts for v in p]
        if distinct(t) and all(abs(v) <= c for v in t):
            return t


def near_triple():
    """P1 -> P2 along (b, a), P2 -> P3 along (d, c) with a d - b c = 1, b and d close to the coordinate bound."""
    half = MAXC
    while True:
        b = rng.randint(half // 2, half)
        a = rng.randint(1, b - 1)
        if math.gcd(a, b) == 1:
            break
    d = pow(a, -1, b)
    c = (a * d - 1) // b
    x0 = y0 = -MAXC
    pts = [(x0, y0), (x0 + b, y0 + a), (x0 + b + d, y0 + a + c)]
    if rng.random() < 0.25:  # exactly on the line instead
        pts[2] = (x0 + 2 * b, y0 + 2 * a)
    if rng.random() < 0.5:
        pts = [(-x, y) for x, y in pts]  # a mirror image turns the other way
    if rng.random() < 0.5:
        pts = [(y, x) for x, y in pts]
    if rng.random() < 0.5:
        pts.reverse()
    return [v for p in pts for v in p]


def float_ccw(t):
    x1, y1, x2, y2, x3, y3 = map(float, t)
    c = (x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1)
    return (c > 0) - (c < 0)


if mode == "sample":
    while True:  # redrawn until each tempting mistake answers some triple wrongly
        c = 6 if opts["which"] == "1" else 10
        triples = [random_triple(c) for _ in range(rng.randint(3, 4))]
        if opts["which"] == "1":
            triples[rng.randrange(len(triples))] = collinear_triple(c)
        else:
            x = rng.randint(-c, c)
            triples[0] = [x, rng.randint(-c, -1), x, rng.randint(0, c)] + random_triple(c)[:2]  # a vertical P1P2
        if not distinct(triples[0]) or len({tuple(t) for t in triples}) < len(triples):
            continue
        right = [ccw(t) for t in triples]
        if ({-1, 1} <= set(right) and (opts["which"] != "1" or 0 in right)
                and [by_slopes(t) for t in triples] != right and min(right) == -1):
            break
    out = text(triples)
elif mode == "random":
    c = int(opts["c"])
    out = text([random_triple(c) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "collinear":
    c = int(opts["c"])
    out = text([collinear_triple(c) for _ in range(int(opts["t"]))])
elif mode == "near":
    out = text([near_triple() for _ in range(int(opts["t"]))])
elif mode == "list":
    out = text([t.split(":") for t in opts["triples"].split(",")])
elif mode == "max":
    if opts["kind"] == "near":
        triples = [near_triple() for _ in range(MAXT)]
    else:
        triples = [random_triple(MAXC) if rng.random() < 0.7 else collinear_triple(MAXC) for _ in range(MAXT)]
    out = text(triples)
elif mode == "invalid":
    out = {
        "too_far": text([[0, 0, 1, 1, MAXC + 1, 0]]), "too_far_negative": text([[0, -MAXC - 1, 1, 1, 2, 0]]),
        "same_point": text([[1, 2, 3, 4, 1, 2]]), "t_mismatch": "3\n0 0 1 0 0 1\n1 1 2 3 4 4\n",
        "five_numbers": "1\n0 0 1 0 0\n", "too_many": text([[0, 0, 1, 0, 0, 1]] * (MAXT + 1)),
        "zero_t": "0\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
