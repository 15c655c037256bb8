"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxc. Modes: sample kind=gap|hidden, random lo= hi= span=, fixed iv=l:r,l:r,..., gaps n=,
max kind=random|long|nested|gaps|growing, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXC = int(opts["maxn"]), int(opts["maxc"])
rng = random.Random(seed)


def text(posters):
    return f"{len(posters)}\n" + "".join(f"{l} {r}\n" for l, r in posters)


def gap_triple(low, high):
    """A wide poster, then two narrower ones covering it except for a gap of a few cells in the middle: the gap
    keeps the wide poster visible, and compressing only the ends loses the gap."""
    l = rng.randint(low, high - 8)
    r = rng.randint(l + 8, min(high, l + 8 + rng.randint(0, 10 ** 6)))
    a = rng.randint(l + 1, r - 3)
    b = rng.randint(a + 2, min(r - 1, a + 4))
    return [(l, r), (l, a), (b, r)]


if mode == "sample":
    b = rng.randint(0, 1000)
    w = rng.randint(8, 12)
    if opts["kind"] == "gap":  # the first poster shows only through a gap between two later ones
        a = rng.randint(2, w - 4)
        # and a last poster of one cell on top of the fourth: it shows (a poster's last cell is covered too)
        c = rng.randint(3, 6)
        one = b + w + rng.randint(2, c)
        ps = [(b + 1, b + w), (b + 1, b + a), (b + a + 2, b + w), (b + w + 2, b + w + c), (one, one)]
    else:  # one poster is covered completely by a later one
        ps = [(b + 3, b + 5), (b + 1, b + 2), (b + 2, b + rng.randint(6, 8)), (b + 6, b + w)]
    out = text(ps)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    span = int(opts["span"])
    low = rng.randint(1, MAXC - span) if span < MAXC else 1
    high = low + span - 1 if span < MAXC else MAXC
    ps = []
    for _ in range(n):
        l = rng.randint(low, high)
        ps.append((l, min(high, l + rng.randint(0, rng.choice([0, 2, span // 4, span])))))
    out = text(ps)
elif mode == "fixed":
    out = text([tuple(map(int, p.split(":"))) for p in opts["iv"].split(",")])
elif mode == "gaps":
    n = int(opts["n"])
    ps = []
    while len(ps) + 3 <= n:
        ps += gap_triple(1, 200) if rng.random() < 0.7 else [(l := rng.randint(1, 200), l + rng.randint(0, 20))]
    out = text(ps)
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = text([tuple(sorted((rng.randint(1, MAXC), rng.randint(1, MAXC)))) for _ in range(MAXN)])
    elif kind == "long":  # every poster covers most of the wall: painting piece by piece is quadratic
        out = text([(rng.randint(1, MAXC // 4), rng.randint(3 * MAXC // 4, MAXC)) for _ in range(MAXN)])
    elif kind == "nested":  # ever narrower posters around one point: all of them stay visible
        c = rng.randint(MAXC // 3, 2 * MAXC // 3)
        lefts = sorted(rng.sample(range(1, c), MAXN))
        rights = sorted(rng.sample(range(c + 1, MAXC + 1), MAXN), reverse=True)
        out = text(list(zip(lefts, rights)))
    elif kind == "gaps":  # many wide posters that show only through a small gap, plus long covers
        ps = []
        for _ in range(MAXN // 3 - 100):
            ps += gap_triple(1, MAXC)
        ps += [(rng.randint(1, MAXC // 2), rng.randint(MAXC // 2, MAXC)) for _ in range(300)]
        rng.shuffle(ps)
        out = text(ps)
    else:  # ever wider posters: each one hides the previous ones almost entirely
        c = rng.randint(MAXC // 3, 2 * MAXC // 3)
        lefts = sorted(rng.sample(range(1, c), MAXN), reverse=True)
        rights = sorted(rng.sample(range(c + 1, MAXC + 1), MAXN))
        ps = list(zip(lefts, rights))
        for i in range(1, MAXN, 2):  # every other poster reaches exactly as far as the previous: hidden
            ps[i] = (ps[i - 1][0], ps[i - 1][1])
        out = text(ps)
elif mode == "invalid":
    out = {"too_many": text([(i + 1, i + 1) for i in range(MAXN + 1)]), "reversed": text([(3, 2)]),
           "zero": text([(0, 2)]), "too_big": text([(1, MAXC + 1)]), "missing": "2\n1 2\n3\n",
           "count": "3\n1 2\n3 4\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
