"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, maxs. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_none, max_half,
max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MAXS = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxs"])
rng = random.Random(seed)


def text(s, values):
    return f"{len(values)} {s}\n" + " ".join(map(str, values)) + "\n"


def some_block_sum(values):
    """The sum of a random block (so S is often hit exactly), sometimes nudged up or down by one."""
    l = rng.randrange(len(values))
    r = rng.randrange(l, len(values))
    return max(1, min(MAXS, sum(values[l:r + 1]) + rng.choice([0, 0, 0, 1, -1])))


if mode == "sample1":  # a long cheap block first, then a short one that is exactly S
    small = [rng.randint(1, 3) for _ in range(rng.randint(4, 5))]
    big = [rng.randint(5, 9), rng.randint(5, 9)]
    s = sum(big)
    while sum(small) < s:
        small.append(rng.randint(1, 3))
    out = text(s, small + big + [rng.randint(1, 3)])
elif mode == "sample2":  # even everything is too little: 0
    values = [rng.randint(1, 9) for _ in range(rng.randint(4, 6))]
    out = text(sum(values) + rng.randint(1, 5), values)
elif mode == "random":
    cap = int(opts.get("cap") or rng.choice([2, 10, MAXV]))
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    values = [rng.randint(1, min(cap, MAXV)) for _ in range(n)]
    s = some_block_sum(values) if rng.random() < 0.85 else sum(values) + 1
    out = text(s, values)
elif mode == "fixed":
    case = opts["case"]
    out = {"one_enough": text(MAXV, [MAXV]), "one_short": text(MAXV, [MAXV - 1]),
           "whole_exact": text(15, [1, 2, 3, 4, 5]), "spike_last": text(10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 10]),
           "exact_middle": text(9, [1, 2, 4, 5, 1, 1, 8])}[case]
elif mode == "max_none":  # no block reaches S: every start scans to the end
    values = [rng.randint(1, MAXV) for _ in range(MAXN)]
    out = text(min(MAXS, sum(values) + 1), values)
elif mode == "max_half":  # the shortest block is long: about half of everything
    values = [rng.randint(1, 3) for _ in range(MAXN)]
    out = text(sum(values) // 2, values)
elif mode == "max_random":
    values = [rng.randint(1, MAXV) for _ in range(MAXN)]
    out = text(some_block_sum(values), values)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"zero_value": "3 5\n1 0 2\n", "zero_n": "0 5\n\n", "too_big": text(4, [1, MAXV + 1]),
           "s_too_big": text(MAXS + 1, [1, 2]), "missing": "3 4\n1 2\n", "double_space": "2 3\n1  2\n",
           "leading_zero": "2 3\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
