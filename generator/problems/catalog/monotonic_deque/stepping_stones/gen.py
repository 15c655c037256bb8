"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, minv. Modes: sample kind=gap|greedy, random lo= hi= [cap=], fixed case=, max kind=,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MINV = int(opts["maxn"]), int(opts["maxv"]), int(opts["minv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample":
    if opts["kind"] == "gap":  # a run of negative stones longer than K - 1: one of them must be stepped on
        x = rng.randint(1, 9)
        out = text(2, [x, -rng.randint(3, 6), -rng.randint(1, 2), rng.randint(2, 8), -rng.randint(1, 9), x])
    else:  # jumping to the best stone in reach is not best overall
        out = text(3, [rng.randint(1, 5), 10 + rng.randint(0, 5), -20 - rng.randint(0, 5), -20 - rng.randint(0, 5),
                       -1, 4, rng.randint(1, 5)])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = rng.randint(1, max(1, min(n, int(opts.get("kmax") or n))))
    cap = int(opts.get("cap") or rng.choice([3, 20, MAXV]))
    out = text(k, [rng.randint(max(MINV, -cap), min(MAXV, cap)) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text(1, [MINV]), "two": text(1, [-5, -7]), "k_one": text(1, [1, -2, 3, -4]),
           "all_negative": text(2, [-1, -5, -2, -8, -3]), "far_jump": text(4, [0, -9, -9, -9, 0]),
           "extremes": text(1, [MAXV] * 4 + [MINV] * 3)}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "negative_small_k":
        out = text(3, [rng.randint(MINV, 0) for _ in range(MAXN)])
    elif kind == "half":  # wide windows: the per-window max scan is quadratic
        out = text(MAXN // 2, [rng.randint(MINV, MAXV) for _ in range(MAXN)])
    elif kind == "decreasing":  # every dp value stays in the deque
        start = rng.randint(0, 1000)  # seeded (each problem its own test)
        out = text(MAXN // 3 - rng.randint(0, 10), [MAXV - ((i + start) % (MAXV - MINV)) for i in range(MAXN)])
    else:
        out = text(int(opts.get("k", 100)), [rng.randint(MINV, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]), "too_small": text(1, [MINV - 1]),
           "k_zero": text(0, [1, 2]), "k_big": text(3, [1, 2]), "count": "3 1\n1 2\n",
           "double_space": "2 1\n1  2\n", "minus_zero": "2 1\n-0 2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
