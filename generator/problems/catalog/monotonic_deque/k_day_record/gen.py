"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample kind=expire|ties, random lo= hi= cap=, fixed case=,
max kind=random|rising|falling|ties, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample":
    if opts["kind"] == "expire":  # a high value falls out of the last K and a smaller one becomes a record
        b = rng.randint(10, 30)
        out = text(2, [b, b + 9, b + 3, b + 1, b + 4, b + 2, b + 8, b + 8])
    else:  # equal values are not records; K = 3
        b = rng.randint(10, 30)
        out = text(3, [b + 2, b + 5, b + 5, b + 1, b + 3, b + 5, b + 6])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(int(opts["cap"]), MAXV)
    out = text(rng.randint(1, n), [rng.randint(0, cap) for _ in range(n)])
elif mode == "fixed":
    out = {"one": text(1, [MAXV]), "k_one": text(1, [3, 1, 2, 2, 5, 0]), "k_equals_n": text(5, [2, 4, 1, 4, 5]),
           "equal": text(2, [7] * 6), "decreasing": text(3, [9, 8, 7, 6, 5, 4, 3]),
           "increasing": text(2, [0, 1, 2, 3, 4]), "old_giant": text(2, [9, 1, 2, 3, 4]),
           "boundary": text(3, [5, 1, 1, 1, 5, 1, 1, 1, 6]), "zeros": text(1, [0, 0, MAXV, 0, 1])}[opts["case"]]
elif mode == "max":
    kind = opts["kind"]
    if kind == "rising":  # mostly rising: most positions are records, the output is long
        values = sorted(rng.randint(0, MAXV) for _ in range(MAXN))
        for _ in range(MAXN // 20):
            values[rng.randrange(MAXN)] = rng.randint(0, MAXV)
        out = text(rng.randint(MAXN // 4, MAXN // 2), values)
    elif kind == "falling":  # the deque keeps all K previous positions
        values = sorted(rng.sample(range(0, MAXV + 1), MAXN), reverse=True)
        out = text(rng.randint(MAXN // 2, MAXN), values)
    elif kind == "ties":
        out = text(rng.randint(3, 50), [rng.randint(0, 3) for _ in range(MAXN)])
    else:
        out = text(rng.randint(MAXN // 4, MAXN // 2), [rng.randint(0, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    out = {"too_many": text(1, [1] * (MAXN + 1)), "too_big": text(1, [MAXV + 1]), "negative": "2 1\n-1 2\n",
           "k_zero": text(0, [1, 2]), "k_big": text(3, [1, 2]), "count": "3 1\n1 2\n",
           "double_space": "2 1\n1  2\n"}[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
