"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxk, maxv. Modes: sample1, sample2, random lo= hi= [cap=] [zeros=], fixed case=, deep_undo, all_erased,
max_random, max_no_zero, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXK, MAXV = int(opts["maxk"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + "".join(f"{v}\n" for v in values)


def sequence(k, cap, zero_share):
    """k integers; a 0 only when something is still written."""
    out, alive = [], 0
    for _ in range(k):
        if alive and rng.random() < zero_share:
            out.append(0)
            alive -= 1
        else:
            out.append(rng.randint(1, cap))
            alive += 1
    return out


if mode == "sample1":  # two zeros in a row: the second one reaches further back
    a, b, c = rng.sample(range(1, 10), 3)  # different, so erasing the wrong one shows
    d = rng.randint(1, 9)
    out = text([a, b, c, 0, 0, d, rng.randint(1, 9)])
elif mode == "sample2":
    out = text(sequence(rng.randint(5, 8), 20, 0.35))
elif mode == "random":
    k = rng.randint(int(opts["lo"]), min(MAXK, int(opts["hi"])))
    cap = int(opts.get("cap") or rng.choice([9, 1000, MAXV]))
    out = text(sequence(k, min(cap, MAXV), float(opts.get("zeros", rng.choice([0.2, 0.45, 0.6])))))
elif mode == "fixed":
    out = text({"one": [MAXV], "one_erased": [5, 0], "zeros_chain": [1, 2, 3, 0, 0, 0], "rewrite": [4, 0, 7],
                "alternate": [3, 0, 8, 0, 2], "middle": [10, 20, 0, 30, 0, 40]}[opts["case"]])
elif mode == "deep_undo":  # a long run of numbers then a long run of zeros: remembering only the last one fails
    half = MAXK // 2
    keep = rng.randint(1, 50)
    out = text([rng.randint(1, MAXV) for _ in range(half)] + [0] * (half - keep))
elif mode == "all_erased":
    half = MAXK // 2
    out = text([rng.randint(1, MAXV) for _ in range(half)] + [0] * half)
elif mode == "max_random":
    out = text(sequence(MAXK, MAXV, 0.45))
elif mode == "max_no_zero":  # every amount stays: the sum needs 64 bits
    out = text([rng.randint(MAXV - MAXV // 100, MAXV) for _ in range(MAXK)])  # seeded (each problem its own)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([1] * (MAXK + 1)), "too_big": text([MAXV + 1]), "negative": text([3, -1]),
           "zero_on_empty": text([0, 5]), "zero_after_all_erased": text([2, 0, 0]), "missing": "3\n1\n2\n",
           "two_on_line": "2\n1 2\n", "leading_zero": "1\n05\n", "zero_k": "0\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
