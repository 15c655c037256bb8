"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_everything, max_random,
max_narrow, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(k, values):
    return f"{len(values)} {k}\n" + " ".join(map(str, values)) + "\n"


def cost_of_some_window(values):
    """The exact cost of raising a random window of the sorted values to its top (so K is often hit exactly)."""
    s = sorted(values)
    r = rng.randrange(len(s))
    l = rng.randint(max(0, r - 6), r)
    return s[r] * (r - l + 1) - sum(s[l:r + 1])


if mode == "sample1":  # unsorted, and the most frequent value is not the answer
    base = rng.randint(2, 6)
    values = [base + 3, base, base + 1, base + 9, base + 9, base + 2]
    rng.shuffle(values)
    out = text(3, values)
elif mode == "sample2":  # K = 0 with a tie between two values: the smaller wins
    a, b = sorted(rng.sample(range(1, 20), 2))
    values = [a, b, b, a, rng.randint(21, 30)]
    rng.shuffle(values)
    out = text(0, values)
elif mode == "random":
    cap = int(opts.get("cap") or rng.choice([3, 10, 100, MAXV]))
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    values = [rng.randint(1, min(cap, MAXV)) for _ in range(n)]
    k = cost_of_some_window(values) + rng.choice([0, 0, 1, -1])
    out = text(max(0, min(MAXV, k)), values)
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(MAXV, [MAXV]), "k_zero": text(0, [5, 3, 5, 3, 3, 1]), "tie_smaller": text(2, [1, 3, 7, 9]),
           "exact_budget": text(6, [4, 1, 2, 3, 10]), "unsorted": text(3, [9, 1, 8, 2, 9, 2]),
           "all_equal": text(0, [7] * 5), "big_gap": text(MAXV, [1, 1, MAXV, 2])}[case]
elif mode == "max_everything":  # K covers raising everything to the top: a backward scan per target is N^2/2
    values = [rng.randint(1, 100) for _ in range(MAXN)]
    out = text(MAXV, values)
elif mode == "max_random":
    values = [rng.randint(1, MAXV) for _ in range(MAXN)]
    out = text(rng.randint(0, MAXV), values)
elif mode == "max_narrow":  # values close together: windows of thousands
    values = [rng.randint(1, 200000) for _ in range(MAXN)]
    out = text(rng.randint(10 ** 6, 10 ** 7), values)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"zero_value": "3 5\n1 0 2\n", "zero_n": "0 5\n\n", "too_big": text(4, [1, MAXV + 1]),
           "k_too_big": text(MAXV + 1, [1, 2]), "missing": "3 4\n1 2\n", "double_space": "2 3\n1  2\n",
           "leading_zero": "2 3\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
