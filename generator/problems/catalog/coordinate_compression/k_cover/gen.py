"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, minc, maxc. Modes: sample kind=two|one, random lo= hi= span=, fixed k= iv=l:r,l:r,...,
max kind=wide|dense|nested|full, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MINC, MAXC = int(opts["maxn"]), int(opts["minc"]), int(opts["maxc"])
rng = random.Random(seed)


def text(k, segs):
    return f"{len(segs)} {k}\n" + "".join(f"{l} {r}\n" for l, r in segs)


def segment(low, high):
    l, r = rng.sample(range(low, high + 1), 2) if high - low < 10**6 else (rng.randint(low, high), rng.randint(low, high))
    while l == r:
        r = rng.randint(low, high)
    return (min(l, r), max(l, r))


if mode == "sample":
    base = rng.randint(-20, 20)
    if opts["kind"] == "two":  # K = 2: only the overlaps count
        segs = [segment(base, base + 12) for _ in range(rng.randint(4, 5))]
        out = text(2, segs)
    else:  # K = 1: the union, with a gap and two segments that touch
        a = base + rng.randint(2, 5)
        b = a + rng.randint(1, 4)
        segs = [(base, a), (a, b), (b + rng.randint(2, 5), b + 8), (base + 1, a)]
        rng.shuffle(segs)
        out = text(1, segs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    span = int(opts["span"])
    low = rng.randint(MINC, MAXC - span)
    segs = [segment(low, low + span) for _ in range(n)]
    k = rng.randint(1, min(n, 3)) if rng.random() < 0.7 else rng.randint(1, n)
    out = text(k, segs)
elif mode == "fixed":
    segs = [tuple(map(int, part.rsplit(":", 1))) for part in opts["iv"].split(",")]
    out = text(int(opts["k"]), segs)
elif mode == "max":
    kind, n = opts["kind"], MAXN
    if kind == "wide":  # ends anywhere on the line: 2N different coordinates
        segs = [segment(MINC, MAXC) for _ in range(n)]
        k = rng.randint(n // 4, n // 2)
    elif kind == "dense":  # short segments in a seeded window: ends repeat a lot
        low = rng.randint(MINC, MAXC - 5000)
        segs = [segment(low, low + 5000) for _ in range(n)]
        k = rng.randint(2, 60)
    elif kind == "nested":  # segments around a seeded centre, each wider than the last, shuffled
        centre = rng.randint(-1000, 1000)
        widths = rng.sample(range(1, (MAXC - 1000) // 2), n)
        segs = [(centre - w, centre + rng.randint(1, w)) for w in widths]
        rng.shuffle(segs)
        k = rng.randint(1, n)
    else:  # the same huge segment N times and K = N: the answer is beyond 32 bits
        l, r = MINC + rng.randint(0, 10), MAXC - rng.randint(0, 10)
        segs = [(l, r)] * n
        k = n
    out = text(k, segs)
elif mode == "invalid":
    out = {"too_many": text(1, [(1, 2)] * (MAXN + 1)), "empty_segment": text(1, [(1, 2), (3, 3)]),
           "reversed": text(1, [(5, 4)]), "too_big": text(1, [(0, MAXC + 1)]), "k_zero": text(0, [(1, 2)]),
           "k_big": text(3, [(1, 2), (1, 3)]), "count": "3 1\n1 2\n2 3\n",
           "leading_zero": "2 1\n01 2\n1 3\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
