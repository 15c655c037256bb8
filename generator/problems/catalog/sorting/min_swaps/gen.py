"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, reversed, one_cycle, pairs,
max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def distinct(n, cap):
    """n distinct values in [-cap, cap], random order."""
    return rng.sample(range(-cap, cap + 1), n)


def with_cycles(lengths, cap):
    """Distinct values arranged so their permutation has exactly the given cycle lengths."""
    n = sum(lengths)
    values = sorted(distinct(n, cap))
    order = list(range(n))
    rng.shuffle(order)
    row = [0] * n
    start = 0
    for length in lengths:  # positions order[start..start+length) form one cycle
        cyc = order[start:start + length]
        for k, pos in enumerate(cyc):
            row[pos] = values[cyc[(k + 1) % length]]
        start += length
    return row


if mode == "sample1":  # one 3-cycle and one 2-cycle: the misplaced count (5) and its half (2) are both wrong
    out = text(with_cycles(rng.sample([3, 2, 1], 3), rng.choice([20, 50, 99])))
elif mode == "sample2":  # negative labels, a long cycle
    out = text(with_cycles([rng.randint(4, 6), 1], 30))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = max(int(opts.get("cap") or rng.choice([n, 3 * n, MAXV])), n)
    out = text(distinct(n, min(cap, MAXV)))
elif mode == "fixed":
    out = text({"one": [MAXV], "sorted": [-MAXV, -5, 0, 7, MAXV], "swap2": [MAXV, -MAXV],
                "reversed5": [5, 4, 3, 2, 1], "rotate": [2, 3, 4, 5, 6, 7, 1],
                "two_pairs": [2, 1, 4, 3], "three_cycle": [30, 10, 20]}[opts["case"]])
elif mode == "reversed":  # N/2 two-cycles; a scan for the right element from the left is quadratic
    out = text(sorted(distinct(MAXN, MAXV), reverse=True))
elif mode == "one_cycle":  # a single cycle through every position: the answer is N - 1
    out = text(with_cycles([MAXN], MAXV))
elif mode == "pairs":  # many short cycles of mixed lengths
    lengths, left = [], MAXN
    while left:
        lengths.append(min(left, rng.randint(1, 4)))
        left -= lengths[-1]
    out = text(with_cycles(lengths, MAXV))
elif mode == "max_random":
    out = text(distinct(MAXN, MAXV))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text(list(range(MAXN + 1))), "too_big": text([1, MAXV + 1]), "too_small": text([-MAXV - 1]),
           "duplicate": text([3, 1, 3]), "missing": "3\n1 2\n", "double_space": "2\n1  2\n",
           "leading_zero": "2\n01 2\n", "minus_zero": "2\n-0 2\n", "zero_n": "0\n\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
