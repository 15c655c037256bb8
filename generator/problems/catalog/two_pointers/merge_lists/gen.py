"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_random, max_apart, max_dups,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(a, b):
    return f"{len(a)} {len(b)}\n" + " ".join(map(str, a)) + "\n" + " ".join(map(str, b)) + "\n"


def sorted_list(n, low, high):
    return sorted(rng.randint(low, high) for _ in range(n))


if mode == "sample1":  # interleaved lists with one shared value, the first list ends last
    a = sorted_list(rng.randint(3, 5), 1, 30)
    b = sorted_list(rng.randint(2, 4), 1, 30) + [a[0]]
    a.append(rng.randint(31, 40))
    out = text(a, sorted(b))
elif mode == "sample2":  # every value of the first list is smaller: it is used up first, the second list's rest
    a = sorted_list(rng.randint(2, 3), 1, 9)  # is copied (a program copying only the first list's rest fails)
    b = sorted_list(rng.randint(2, 4), 10, 20)
    out = text(a, b)
elif mode == "random":
    cap = int(opts.get("cap") or rng.choice([3, 20, MAXV]))
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    a = sorted_list(rng.randint(lo, hi), 1, min(cap, MAXV))
    b = sorted_list(rng.randint(lo, hi), 1, min(cap, MAXV))
    out = text(a, b)
elif mode == "fixed":
    case = opts["case"]
    out = {"one_each": text([5], [3]), "all_equal": text([7] * 4, [7] * 3),
           "first_smaller": text([1, 2, 3], [4, 5, 6, 7]), "second_smaller": text([8, 9], [1, 2, 3, 4]),
           "long_tail_first": text([1, 5, 6, 7, 8, 9], [2, 3]),
           "extremes": text([1, MAXV, MAXV], [1, 1, MAXV])}[case]
elif mode == "max_random":
    out = text(sorted_list(MAXN, 1, MAXV), sorted_list(MAXN, 1, MAXV))
elif mode == "max_apart":  # the first list is used up at once, the whole second list is the tail
    out = text(sorted_list(MAXN, 1, MAXV // 2), sorted_list(MAXN, MAXV // 2 + 1, MAXV))
elif mode == "max_dups":  # long runs of equal values in both lists
    out = text(sorted_list(MAXN, 1, 10), sorted_list(MAXN - 1, 1, 10))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"not_sorted": "3 2\n1 3 2\n1 2\n", "second_not_sorted": "2 2\n1 2\n5 4\n", "zero_m": "2 0\n1 2\n\n",
           "too_big": text([1, MAXV + 1], [1]), "missing": "3 2\n1 2\n1 2\n", "double_space": "2 1\n1  2\n3\n",
           "leading_zero": "2 1\n01 2\n3\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
