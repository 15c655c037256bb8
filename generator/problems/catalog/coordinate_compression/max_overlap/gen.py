"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, minc, maxc. Modes: sample kind=touch|tie, random lo= hi= span=, fixed iv=l:r,l:r,..., chain n=,
max kind=wide|dense|nested|chain, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MINC, MAXC = int(opts["maxn"]), int(opts["minc"]), int(opts["maxc"])
rng = random.Random(seed)


def text(intervals):
    return f"{len(intervals)}\n" + "".join(f"{l} {r}\n" for l, r in intervals)


def interval(low, high, longest):
    l = rng.randint(low, high)
    return l, min(high, l + rng.randint(0, longest))


def chain(n, start, step_low, step_high):
    """Intervals where each one starts exactly where the previous one ends: only touching points overlap."""
    out, l = [], start
    for _ in range(n):
        r = min(MAXC, l + rng.randint(step_low, step_high))
        out.append((l, r))
        l = r
    rng.shuffle(out)
    return out


if mode == "sample":
    base = rng.randint(-20, 20)
    if opts["kind"] == "touch":  # the deepest point is where two intervals only touch
        ivs = [(base, base + 4), (base + 4, base + 9), (base + 2, base + 4), (base + 7, base + 12)]
    else:  # two regions equally deep: the smaller point wins
        ivs = [(base + 10, base + 15), (base + 12, base + 20), (base, base + 3), (base + 2, base + 6)]
    rng.shuffle(ivs)
    out = text(ivs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    span = int(opts["span"])
    low = rng.randint(MINC, MAXC - span) if span < MAXC else MINC
    high = low + span if span < MAXC else MAXC
    out = text([interval(low, high, rng.choice([0, 1, span // 8 + 1, span // 2 + 1])) for _ in range(n)])
elif mode == "fixed":
    out = text([tuple(map(int, p.split(":"))) for p in opts["iv"].split(",")])
elif mode == "chain":
    out = text(chain(int(opts["n"]), rng.randint(-100, 100), 0, 3))
elif mode == "max":
    kind = opts["kind"]
    if kind == "wide":  # random intervals of any length anywhere on the line
        out = text([tuple(sorted((rng.randint(MINC, MAXC), rng.randint(MINC, MAXC)))) for _ in range(MAXN)])
    elif kind == "dense":  # short intervals in a narrow stretch: many equal depths and touching ends
        low = rng.randint(MINC, MAXC - 10 ** 6)
        out = text([interval(low, low + 10 ** 6, 50) for _ in range(MAXN)])
    elif kind == "nested":  # almost all intervals contain one random point; a few decoys elsewhere
        p = rng.randint(MINC // 2, MAXC // 2)
        ivs = [(p - rng.randint(0, 10 ** 8), p + rng.randint(0, 10 ** 8)) for _ in range(MAXN - 1000)]
        ivs += [interval(MINC, MAXC, 10 ** 5) for _ in range(1000)]
        rng.shuffle(ivs)
        out = text(ivs)
    else:  # a long chain of touching intervals: every depth is at most 2 and only at the shared ends
        out = text(chain(MAXN, rng.randint(MINC, MINC + 10 ** 6), 1, 5000))
elif mode == "invalid":
    out = {"too_many": text([(i, i) for i in range(MAXN + 1)]), "reversed": text([(3, 2)]),
           "too_big": text([(0, MAXC + 1)]), "missing": "2\n1 2\n3\n", "count": "3\n1 2\n3 4\n",
           "leading_zero": "1\n01 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
