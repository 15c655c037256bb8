"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, pairs, max_random, powers,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


if mode == "sample1":  # a difference that must go back and be smashed again; one thing is left
    a, b = rng.randint(2, 5), rng.randint(6, 9)
    values = [2 * b, b, a, b + a, 1]
    rng.shuffle(values)
    out = text(values)
elif mode == "sample2":  # everything cancels out: answer 0
    a, b = rng.randint(1, 9), rng.randint(10, 20)
    values = [a, a, b, b - a, a]
    rng.shuffle(values)
    out = text(values)
elif mode == "random":
    cap = int(opts.get("cap") or rng.choice([2, 5, 30, MAXV]))
    out = text([rng.randint(1, min(cap, MAXV)) for _ in range(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))))])
elif mode == "fixed":
    out = text({"one": [MAXV], "two_equal": [7, 7], "two": [1, MAXV], "equal_odd": [5] * 7, "equal_even": [5] * 8,
                "chain": [1, 2, 4, 8, 16, 32]}[opts["case"]])
elif mode == "pairs":  # every value twice: a solution that compares neighbours once looks right here
    half = [rng.randint(1, MAXV) for _ in range(MAXN // 2)]
    out = text(half + half)
elif mode == "max_random":
    out = text([rng.randint(1, MAXV) for _ in range(MAXN)])
elif mode == "powers":  # differences keep coming back on top: many rounds
    out = text([rng.randint(MAXV // 2, MAXV) for _ in range(MAXN - 1)] + [1])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([1] * (MAXN + 1)), "zero_n": "0\n\n", "zero_value": "3\n1 0 2\n",
           "too_big": text([1, MAXV + 1]), "missing": "3\n1 2\n", "double_space": "2\n1  2\n",
           "leading_zero": "2\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
