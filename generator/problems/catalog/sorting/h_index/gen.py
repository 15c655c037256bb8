"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, near_n, max_high, max_half,
max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample1":  # some values equal to the answer exactly ("at least" counts them), one huge value
    h = rng.randint(3, 4)
    values = [h] * 2 + [h + rng.randint(1, 5) for _ in range(h - 2)] + [rng.randint(0, h - 1) for _ in range(2)]
    values.append(rng.choice([100, 250, 1000]))
    values.pop(0)
    rng.shuffle(values)
    out = text(values)
elif mode == "sample2":  # redrawn until counting along an ascending sort (the wrong direction) gives another answer
    while True:
        values = [rng.randint(0, 9) for _ in range(rng.randint(4, 7))]
        down, up = sorted(values, reverse=True), sorted(values)
        h = sum(1 for i, v in enumerate(down) if v >= i + 1)
        if h != sum(1 for i, v in enumerate(up) if v >= i + 1):
            break
    out = text(values)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([n, 2 * n, 5, MAXV]))
    out = text([rng.randint(0, min(cap, MAXV)) for _ in range(n)])
elif mode == "fixed":
    out = text({"one_zero": [0], "one_big": [MAXV], "zeros": [0] * 5, "threes": [3, 3, 3], "fours": [4, 4, 4],
                "twos": [2, 2, 2], "ones": [1, 1, 1, 1], "ladder": [5, 4, 3, 2, 1], "one_max_rest_zero": [MAXV, 0, 0, 0],
                "two_two": [2, 2, 0, 0, 0]}[opts["case"]])
elif mode == "near_n":  # values around N/2: the answer sits where the sorted values cross the index
    n = int(opts.get("n", 3000))
    out = text([rng.randint(n // 2 - 20, n // 2 + 20) for _ in range(n)])
elif mode == "max_high":  # every value at least N: the answer is N (counting h upward takes N scans)
    out = text([rng.randint(MAXN, MAXV) for _ in range(MAXN)])
elif mode == "max_half":
    out = text([rng.randint(0, MAXN) for _ in range(MAXN)])
elif mode == "max_random":
    out = text([rng.randint(0, MAXV) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([0] * (MAXN + 1)), "too_big": text([1, MAXV + 1]), "negative": text([-1, 2]),
           "missing": "3\n1 2\n", "double_space": "2\n1  2\n", "leading_zero": "2\n01 2\n",
           "zero_n": "0\n\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
