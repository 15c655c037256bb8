"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxp. Modes: sample kind=equal|plain, random lo= hi= top=, fixed m= p=v,v,...,
max kind=random|staircase|equal|two_levels, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXP = int(opts["maxn"]), int(opts["maxp"])
rng = random.Random(seed)


def text(m, p):
    return f"{len(p)} {m}\n{' '.join(map(str, p))}\n"


def lowest_late(p):
    """The watched item: one of the least important, near the front, so it is handled (almost) last."""
    low = min(p)
    candidates = [i for i, v in enumerate(p) if v == low]
    return candidates[rng.randint(0, min(len(candidates) - 1, 3))] + 1


if mode == "sample":
    if opts["kind"] == "equal":  # equal importances wait behind a larger one that is not at the front
        hi, lo = rng.randint(5, 9), rng.randint(1, 3)
        p = [lo] * rng.randint(5, 6)
        p[rng.randint(1, 3)] = hi
        m = rng.choice([1, len(p)])
    else:
        p = [rng.randint(1, 5) for _ in range(rng.randint(6, 8))]
        m = rng.randint(1, len(p))
    out = text(m, p)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    top = min(MAXP, int(opts["top"]))
    p = [rng.randint(1, top) for _ in range(n)]
    out = text(rng.randint(1, n), p)
elif mode == "fixed":
    out = text(int(opts["m"]), list(map(int, opts["p"].split(","))))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        p = [rng.randint(1, MAXP) for _ in range(MAXN)]
    elif kind == "staircase":  # every level ends far from where the next one starts: about MAXP full rounds
        p = [0] * MAXN
        for level in range(MAXP, 0, -1):
            for i in rng.sample(range(MAXN), MAXN // (MAXP + 1)):
                p[i] = p[i] or level
        p = [v or rng.randint(1, MAXP) for v in p]
    elif kind == "equal":
        p = [rng.randint(1, MAXP)] * MAXN
    else:
        top = rng.randint(2, MAXP)
        p = [top if rng.random() < 0.5 else 1 for _ in range(MAXN)]
    out = text(lowest_late(p) if kind != "equal" else rng.randint(1, MAXN), p)
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "m_too_big": "3 4\n1 2 3\n", "zero": "3 1\n1 0 2\n",
           "too_big": text(1, [1, MAXP + 1]), "count": "3 1\n1 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
