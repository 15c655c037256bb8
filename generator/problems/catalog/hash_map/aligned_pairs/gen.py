"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxc. Modes: sample kind=plain|repeated, random lo= hi= [cap=], fixed case=,
max kind=one_point|grid|spread|lines, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def text(points):
    return f"{len(points)}\n" + "".join(f"{x} {y}\n" for x, y in points)


def shuffled(points):
    points = list(points)
    rng.shuffle(points)
    return points


def aligned(points):
    """The answer: pairs that share x or y (then both distances are equal)."""
    return sum(p[0] == q[0] or p[1] == q[1] for i, p in enumerate(points) for q in points[:i])


def one_dictionary(points):
    """A wrong count: x and y values counted in one dictionary, so an x equal to another point's y looks shared."""
    values = [x for x, _ in points] + [y for _, y in points]
    pairs = sum(values.count(v) * (values.count(v) - 1) // 2 for v in set(values))
    return pairs - sum(points.count(p) * (points.count(p) - 1) // 2 for p in set(points))


if mode == "sample":
    x0, y0 = rng.randint(-5, 5), rng.randint(-5, 5)
    d = rng.randint(1, 4)
    if opts["kind"] == "plain":  # an L shape and a point off every line: pairs share x or y, one pair shares nothing
        out = text(shuffled([(x0, y0), (x0, y0 + d), (x0 + d + 1, y0), (x0 + d, y0 + d + 2)]))
    else:
        # A point three times: its copies make 3 pairs, each counted once (and not 2, one per extra copy). Redrawn
        # until some x equals another point's y, so counting x and y values in one dictionary finds too many.
        while True:
            points = [(x0, y0), (x0, y0), (x0, y0), (x0 + d, y0), (x0, y0 - d), (x0 + d, y0 + d)]
            if one_dictionary(points) != aligned(points):
                break
            x0, y0, d = rng.randint(-5, 5), rng.randint(-5, 5), rng.randint(1, 4)
        out = text(shuffled(points))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXC, int(opts.get("cap") or 3))
    out = text([(rng.randint(-cap, cap), rng.randint(-cap, cap)) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text([(0, 0)]),
           "two_same": text([(MAXC, -MAXC), (MAXC, -MAXC)]),
           "diagonal": text([(1, 1), (2, 2), (3, 3), (-1, -1)]),
           "same_point": text([(4, 7)] * 5),
           "cross": text([(0, 0), (0, 1), (0, -1), (1, 0), (-1, 0), (0, 0), (2, 2)]),
           "extreme": text([(MAXC, MAXC), (-MAXC, MAXC), (MAXC, -MAXC), (-MAXC, -MAXC), (MAXC, MAXC)]),
           "swapped": text([(3, 5), (5, 3), (3, 3), (5, 8), (8, 5)])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "one_point":  # every pair is identical: N(N-1)/2 pairs, beyond 32 bits, and shares both x and y
        v = (rng.randint(-MAXC, MAXC), rng.randint(-MAXC, MAXC))
        out = text([v] * MAXN)
    elif kind == "grid":  # few distinct x and y, many repeated points
        xs = [rng.randint(-MAXC, MAXC) for _ in range(rng.randint(20, 60))]
        ys = [rng.randint(-MAXC, MAXC) for _ in range(rng.randint(20, 60))]
        out = text([(rng.choice(xs), rng.choice(ys)) for _ in range(MAXN)])
    elif kind == "spread":
        out = text([(rng.randint(-MAXC, MAXC), rng.randint(-MAXC, MAXC)) for _ in range(MAXN)])
    else:  # half the points on one vertical line, half on one horizontal line
        x0, y0 = rng.randint(-MAXC, MAXC), rng.randint(-MAXC, MAXC)
        pts = [(x0, rng.randint(-MAXC, MAXC)) for _ in range(MAXN // 2)]
        pts += [(rng.randint(-MAXC, MAXC), y0) for _ in range(MAXN - MAXN // 2)]
        out = text(shuffled(pts))
elif mode == "invalid":
    out = {"too_many": text([(0, 0)] * (MAXN + 1)), "too_big": text([(0, MAXC + 1)]),
           "too_small": text([(-MAXC - 1, 0)]), "count": "3\n1 2\n3 4\n", "one_number": "2\n1 2\n3\n",
           "double_space": "2\n1  2\n3 4\n", "leading_zero": "2\n01 2\n3 4\n", "minus_zero": "2\n-0 2\n3 4\n",
           "zero": "0\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
