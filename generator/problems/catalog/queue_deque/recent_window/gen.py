"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxt. Modes: sample kind=edge|plain, random lo= hi= span=, fixed w= t=v,v,..., exact n=,
max kind=random|equal|exact|wide, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXT = int(opts["maxn"]), int(opts["maxt"])
rng = random.Random(seed)


def text(w, times):
    return f"{len(times)} {w}\n{' '.join(map(str, times))}\n"


def exact_steps(n, w):
    """Times whose gaps are often exactly w or w + 1, so events sit on the window's edge."""
    t = rng.randint(1, 50)
    times = [t]
    for _ in range(n - 1):
        t += rng.choice((0, 1, w - 1, w, w, w + 1, w // 2))
        times.append(t)
    return times


if mode == "sample":
    w = rng.randint(3, 9)
    if opts["kind"] == "edge":  # an event exactly w after another, and two equal times
        a = rng.randint(1, 5)
        times = [a, a + rng.randint(1, w - 1), a + w, a + w, a + w + 1 + rng.randint(0, 2)]
    else:
        times = sorted(rng.randint(1, 4 * w) for _ in range(rng.randint(6, 8)))
    out = text(w, times)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    span = int(opts["span"])
    w = rng.randint(1, max(1, span // 3))
    times = sorted(rng.randint(1, min(MAXT, span)) for _ in range(n))
    out = text(w, times)
elif mode == "fixed":
    out = text(int(opts["w"]), list(map(int, opts["t"].split(","))))
elif mode == "exact":
    out = text(w := rng.randint(1, 6), exact_steps(int(opts["n"]), w))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        w = rng.randint(MAXT // 1000, MAXT // 100)
        times = sorted(rng.randint(1, MAXT) for _ in range(MAXN))
    elif kind == "equal":  # every report counts everything so far
        w = rng.randint(1, MAXT)
        times = [rng.randint(1, MAXT)] * MAXN
    elif kind == "exact":
        w = rng.randint(1, 3000)
        times = exact_steps(MAXN, w)
    else:  # a window as wide as the whole range: nothing ever expires
        w = MAXT - rng.randint(0, 10)
        times = sorted(rng.randint(1, MAXT) for _ in range(MAXN))
    out = text(w, times)
elif mode == "invalid":
    out = {"too_many": text(5, [1] * (MAXN + 1)), "decreasing": "3 5\n1 4 3\n", "zero": "3 5\n0 1 2\n",
           "too_big": text(5, [1, MAXT + 1]), "count": "3 5\n1 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
