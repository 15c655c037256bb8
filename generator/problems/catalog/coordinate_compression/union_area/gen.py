"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxc. Modes: sample kind=overlap|inside, random lo= hi= span=, fixed r=x1:y1:x2:y2,...,
max kind=large|random|cross, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def text(rects):
    return f"{len(rects)}\n" + "".join(" ".join(map(str, r)) + "\n" for r in rects)


def span_pair(low, high):
    a, b = rng.sample(range(low, high + 1), 2)
    return min(a, b), max(a, b)


def rect(low, high):
    x1, x2 = span_pair(low, high)
    y1, y2 = span_pair(low, high)
    return x1, y1, x2, y2


if mode == "sample":
    b = rng.randint(0, 20)
    if opts["kind"] == "overlap":  # two rectangles sharing a corner region: the overlap counts once
        w, h = rng.randint(3, 5), rng.randint(3, 5)
        rects = [(b, b, b + w, b + h), (b + 2, b + 1, b + w + 3, b + h + 2)]
    else:  # one rectangle inside another, and one touching it along a side
        rects = [(b, b, b + 6, b + 4), (b + 1, b + 1, b + 3, b + 2), (b + 6, b, b + 8, b + rng.randint(1, 4))]
    rng.shuffle(rects)
    out = text(rects)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    span = int(opts["span"])
    low = rng.randint(0, MAXC - span)
    out = text([rect(low, low + span) for _ in range(n)])
elif mode == "fixed":
    out = text([tuple(map(int, p.split(":"))) for p in opts["r"].split(",")])
elif mode == "max":
    kind = opts["kind"]
    if kind == "large":  # every rectangle covers most of the plane: marking blocks one by one is cubic
        rects = [(rng.randint(0, MAXC // 5), rng.randint(0, MAXC // 5), rng.randint(4 * MAXC // 5, MAXC),
                  rng.randint(4 * MAXC // 5, MAXC)) for _ in range(MAXN)]
    elif kind == "random":
        rects = [rect(0, MAXC) for _ in range(MAXN)]
    else:  # long thin horizontal and vertical strips crossing each other
        rects = []
        for _ in range(MAXN):
            a, b = span_pair(0, MAXC)
            c = rng.randint(0, MAXC - 1000)
            d = c + rng.randint(1, 1000)
            rects.append((a, c, b, d) if rng.random() < 0.5 else (c, a, d, b))
    out = text(rects)
elif mode == "invalid":
    out = {"too_many": text([(0, 0, 1, 1)] * (MAXN + 1)), "flat": text([(0, 0, 0, 1)]),
           "reversed": text([(2, 0, 1, 1)]), "too_big": text([(0, 0, 1, MAXC + 1)]),
           "negative": text([(-1, 0, 1, 1)]), "count": "2\n0 0 1 1\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
