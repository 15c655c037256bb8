"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, maxs. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_all, max_half,
max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MAXS = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxs"])
rng = random.Random(seed)


def text(s, values):
    return f"{len(values)} {s}\n" + " ".join(map(str, values)) + "\n"


def block_sum(values):
    """The sum of a random block (so S is often hit exactly), sometimes nudged by one."""
    l = rng.randrange(len(values))
    r = rng.randrange(l, len(values))
    return max(1, min(MAXS, sum(values[l:r + 1]) + rng.choice([0, 0, 1, -1])))


if mode == "sample1":  # small values with one larger than S in the middle
    values = [rng.randint(1, 4) for _ in range(rng.randint(5, 6))]
    s = rng.randint(4, 6)
    values[rng.randint(1, len(values) - 2)] = s + rng.randint(1, 3)
    out = text(s, values)
elif mode == "sample2":  # S is the sum of a block exactly
    values = [rng.randint(1, 9) for _ in range(rng.randint(4, 5))]
    out = text(values[1] + values[2], values)
elif mode == "random":
    cap = int(opts.get("cap") or rng.choice([2, 10, MAXV]))
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    values = [rng.randint(1, min(cap, MAXV)) for _ in range(n)]
    s = block_sum(values) if rng.random() < 0.85 else rng.choice([min(MAXS, sum(values)), max(1, min(values) - 1)])
    out = text(s, values)
elif mode == "fixed":
    case = opts["case"]
    out = {"one_fits": text(MAXV, [MAXV]), "one_too_big": text(MAXV - 1, [MAXV]), "none_fit": text(2, [3, 5, 4]),
           "all_fit": text(15, [1, 2, 3, 4, 5]), "spike": text(5, [1, 2, 9, 2, 1, 1]),
           "exact": text(6, [3, 3, 3, 1, 2, 3])}[case]
elif mode == "max_all":  # S covers the whole row: every block counts and a scan from every start runs to the end
    values = [rng.randint(1, MAXV) for _ in range(MAXN)]
    out = text(min(MAXS, sum(values)), values)
elif mode == "max_heavy":  # values in the top tenth and S a little below their total, near its bound: all blocks
    # but the longest few count
    values = [rng.randint(MAXV - MAXV // 10, MAXV) for _ in range(MAXN)]
    out = text(min(MAXS, sum(values) - rng.randint(1, 100 * MAXV)), values)
elif mode == "max_half":  # windows about half the row long
    values = [rng.randint(1, 3) for _ in range(MAXN)]
    out = text(sum(values) // 2, values)
elif mode == "max_random":
    values = [rng.randint(1, MAXV) for _ in range(MAXN)]
    out = text(block_sum(values), values)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"zero_value": "3 5\n1 0 2\n", "zero_n": "0 5\n\n", "too_big": text(4, [1, MAXV + 1]),
           "s_too_big": text(MAXS + 1, [1, 2]), "missing": "3 4\n1 2\n", "double_space": "2 3\n1  2\n",
           "leading_zero": "2 3\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
