"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=rise|fall, random lo= hi= [cap=], fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample":
    if opts["kind"] == "rise":  # a big value leaves the window and the next maximum is an older, smaller one
        base = rng.sample(range(1, 40), 8)
        base[2] = 50 + rng.randint(0, 9)
        out = text(3, base)
    else:  # equal values and a decreasing run: the maximum is not always the newest value
        v = rng.randint(10, 30)
        out = text(2, [v + 4, v + 2, v + 2, v, v + 5, v - 1, v - 1])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = rng.randint(1, n)
    cap = int(opts.get("cap") or rng.choice([3, 100, MAXV]))
    out = text(k, [rng.randint(0, min(cap, MAXV)) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text(1, [MAXV]), "k_equals_n": text(4, [1, 3, 2, 0]), "k_one": text(1, [3, 1, 2]),
           "equal": text(3, [5] * 6), "decreasing": text(3, [9, 8, 7, 6, 5, 4]),
           "increasing": text(2, [0, 1, 2, 3, 4])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "decreasing":  # every value stays in the deque: the window's whole content is kept
        # seeded strictly decreasing values and window (each problem its own test)
        values = sorted(rng.sample(range(0, MAXV + 1), MAXN), reverse=True) if MAXV + 1 >= MAXN else \
            list(range(MAXN, 0, -1))
        out = text(MAXN // 2 - rng.randint(0, 10), values)
    elif kind == "half":
        out = text(MAXN // 2, [rng.randint(0, MAXV) for _ in range(MAXN)])
    else:
        out = text(int(opts.get("k", 1000)), [rng.randint(0, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]), "negative": text(1, [-1]),
           "k_zero": text(0, [1, 2]), "k_big": text(3, [1, 2]), "count": "3 1\n1 2\n",
           "double_space": "2 1\n1  2\n", "leading_zero": "2 1\n01 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
