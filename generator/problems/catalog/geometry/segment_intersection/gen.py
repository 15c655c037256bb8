"""Test generator for geometry.segment_intersection: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxc. Modes: sample which=1|2, random t= c= (ends in [-c, c]), collinear t= c= (both segments on one
line, often vertical: overlapping, touching end to end, or one lattice step apart), touch t= c= (an end of one
segment on the other, or one step off it), list quads=x1:y1:x2:y2:x3:y3:x4:y4,..., max kind=mixed|collinear,
invalid kind=... Every segment has two different ends.
"""
import math
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXC = int(opts["maxt"]), int(opts["maxc"])
rng = random.Random(seed)


def text(quads):
    return f"{len(quads)}\n" + "".join(" ".join(map(str, q)) + "\n" for q in quads)


def sign(v):
    return (v > 0) - (v < 0)


def ccw(a, b, c):
    return sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]))


def solve(q, variant=None):
    a, b, c, d = (q[0], q[1]), (q[2], q[3]), (q[4], q[5]), (q[6], q[7])
    ab, cd = ccw(a, b, c) * ccw(a, b, d), ccw(c, d, a) * ccw(c, d, b)
    if ab == 0 and cd == 0 and variant != "no_check":
        if variant == "never":
            return 0
        if variant == "by_x":
            a, b = sorted((a, b), key=lambda p: p[0])
            c, d = sorted((c, d), key=lambda p: p[0])
            return int(c[0] <= b[0] and a[0] <= d[0])
        a, b = sorted((a, b))
        c, d = sorted((c, d))
        return int(c <= b and a <= d)
    if variant == "strict":
        return int(ab < 0 and cd < 0)
    return int(ab <= 0 and cd <= 0)


def arrange(p, q, r, s):
    """Shuffles which segment comes first and the order of each one's ends."""
    segs = [[p, q], [r, s]]
    for seg in segs:
        rng.shuffle(seg)
    rng.shuffle(segs)
    return [v for seg in segs for pt in seg for v in pt]


def random_quad(c):
    while True:
        q = [rng.randint(-c, c) for _ in range(8)]
        if (q[0], q[1]) != (q[2], q[3]) and (q[4], q[5]) != (q[6], q[7]):
            return q


def direction(c, vertical):
    if vertical:
        return (0, 1)
    while True:
        dx, dy = rng.randint(-c, c), rng.randint(-c, c)
        if (dx, dy) != (0, 0):
            g = math.gcd(dx, dy)
            return dx // g, dy // g


def collinear_quad(c):
    while True:
        dx, dy = direction(max(1, c // 8), rng.random() < 0.4)
        if rng.random() < 0.3:
            dx, dy = dy, dx
        step = rng.randint(1, max(1, c // (8 * max(abs(dx), abs(dy)))))
        dx, dy = dx * step, dy * step  # lattice points in between when step > 1
        px, py = rng.randint(-c // 3, c // 3), rng.randint(-c // 3, c // 3)
        a, b = sorted(rng.sample(range(-6, 7), 2))
        kind = rng.choice(["overlap", "touch", "gap", "gap", "inside"])
        if kind == "overlap":
            c0, d0 = rng.randint(a, b), rng.randint(b + 1, 7)
        elif kind == "touch":
            c0, d0 = b, rng.randint(b + 1, 8)
        elif kind == "gap":
            c0, d0 = b + 1, rng.randint(b + 2, 9)
        else:
            c0, d0 = a, b
            if b - a >= 2:
                c0, d0 = a + 1, b - 1 if b - 1 > a + 1 else b
        pts = [(px + k * dx, py + k * dy) for k in (a, b, c0, d0)]
        if len(set(pts[:2])) == 2 and len(set(pts[2:])) == 2 and all(abs(v) <= c for pt in pts for v in pt):
            return arrange(*pts)


def touch_quad(c):
    while True:
        a, b = (rng.randint(-c, c), rng.randint(-c, c)), (rng.randint(-c, c), rng.randint(-c, c))
        if a == b:
            continue
        g = math.gcd(b[0] - a[0], b[1] - a[1])
        k = rng.randint(0, g)
        p = (a[0] + (b[0] - a[0]) // g * k, a[1] + (b[1] - a[1]) // g * k)  # a lattice point on AB
        if rng.random() < 0.35:
            p = (p[0] + rng.choice([-1, 0, 1]), p[1] + rng.choice([-1, 1]))  # one step off
        o = (rng.randint(-c, c), rng.randint(-c, c))
        if o != p and all(abs(v) <= c for v in p):
            return arrange(a, b, p, o)


if mode == "sample":
    while True:  # redrawn until each tempting mistake answers some line wrongly
        if opts["which"] == "1":
            quads = [random_quad(6), touch_quad(6), collinear_quad(12), collinear_quad(12)]
            rng.shuffle(quads)
            need = ["no_check", "never", "strict"]
        else:
            quads = [random_quad(8), random_quad(8), collinear_quad(20)]
            x = rng.randint(-5, 5)
            lo = rng.randint(-8, 0)
            quads.append(arrange((x, lo), (x, lo + 2), (x, lo + 3), (x, lo + 5)))  # one vertical line, a gap
            rng.shuffle(quads)
            need = ["by_x", "strict"]
        right = [solve(q) for q in quads]
        if all(any(solve(q, v) != r for q, r in zip(quads, right)) for v in need) and 0 in right and 1 in right:
            break
elif mode == "random":
    c = int(opts["c"])
    quads = [random_quad(c) for _ in range(rng.randint(1, int(opts["t"])))]
elif mode == "collinear":
    quads = [collinear_quad(int(opts["c"])) for _ in range(int(opts["t"]))]
elif mode == "touch":
    quads = [touch_quad(int(opts["c"])) for _ in range(int(opts["t"]))]
elif mode == "list":
    quads = [q.split(":") for q in opts["quads"].split(",")]
elif mode == "max":
    makers = [collinear_quad] if opts["kind"] == "collinear" else [random_quad, collinear_quad, touch_quad]
    quads = [rng.choice(makers)(MAXC) for _ in range(MAXT)]
elif mode == "invalid":
    sys.stdout.write({
        "too_far": text([[0, 0, MAXC + 1, 0, 1, 1, 2, 2]]), "point_segment": text([[0, 0, 3, 3, 5, 5, 5, 5]]),
        "t_mismatch": "2\n0 0 1 1 1 0 0 1\n", "seven_numbers": "1\n0 0 1 1 1 0 0\n",
        "too_many": text([[0, 0, 1, 1, 1, 0, 0, 1]] * (MAXT + 1)), "zero_t": "0\n",
    }[opts["kind"]])
    raise SystemExit
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(text(quads))
