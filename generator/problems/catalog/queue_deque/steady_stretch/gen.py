"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxh. Modes: sample kind=two|plain, random lo= hi= top=, fixed k= h=v,v,...,
max kind=random|equal|walk|sawtooth|monotone, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXH = int(opts["maxn"]), int(opts["maxh"])
rng = random.Random(seed)


def text(k, h):
    return f"{len(h)} {k}\n{' '.join(map(str, h))}\n"


def walk(n, step, k):
    """A random walk kept inside 1..MAXH: runs of every length appear, many of them near the longest."""
    v = rng.randint(MAXH // 3, 2 * MAXH // 3)
    out = []
    for _ in range(n):
        v = min(MAXH, max(1, v + rng.randint(-step, step)))
        out.append(v)
    return out


if mode == "sample":
    k = rng.randint(1, 3)
    if opts["kind"] == "two":  # two longest runs, separated by a jump
        base, other = rng.randint(1, 5), rng.randint(12, 20)
        h = [base + rng.randint(0, k) for _ in range(3)] + [other + rng.randint(0, k) for _ in range(3)]
        h.insert(3, other + k + 3)
    else:
        h = [rng.randint(1, 9) for _ in range(rng.randint(6, 8))]
    out = text(k, h)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    top = int(opts["top"])
    h = [rng.randint(1, top) for _ in range(n)]
    out = text(rng.randint(0, top), h)
elif mode == "fixed":
    out = text(int(opts["k"]), list(map(int, opts["h"].split(","))))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        h = [rng.randint(1, MAXH) for _ in range(MAXN)]
        k = rng.randint(MAXH // 2, MAXH - MAXH // 50)
    elif kind == "equal":  # the whole line is one steady run
        h = [rng.randint(1, MAXH)] * MAXN
        k = rng.randint(0, 3)
    elif kind == "walk":
        step = rng.randint(1000, 5000)
        h = walk(MAXN, step, 0)
        k = step * rng.randint(30, 60)
    elif kind == "sawtooth":  # equal-length teeth: many runs share the longest length
        tooth = rng.randint(50, 200)
        k = tooth - 1
        base = rng.randint(1, MAXH // 2)
        h = [base + (i % tooth) for i in range(MAXN)]
    else:  # strictly increasing by a random step: every run of a fixed length is steady
        step = rng.randint(1, MAXH // MAXN)
        start = rng.randint(1, MAXH - step * MAXN)
        h = [start + step * i for i in range(MAXN)]
        if rng.random() < 0.5:
            h.reverse()
        k = step * rng.randint(100, 1000)
    out = text(k, h)
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "zero": "3 1\n1 0 2\n", "too_big": text(1, [1, MAXH + 1]),
           "k_too_big": text(MAXH + 1, [1, 2]), "count": "3 1\n1 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
