"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn. Modes: sample1, sample2, random lo= hi=, fixed case=, rounds len=, max_missing, max_random,
invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def text(k, kinds):
    return f"{len(kinds)} {k}\n" + " ".join(map(str, kinds)) + "\n"


if mode == "sample1":  # a long covering block first, a shorter one later
    k = rng.randint(3, 4)
    first = [1] + [rng.randint(1, k - 1) for _ in range(rng.randint(2, 3))] + list(range(2, k + 1))
    later = rng.sample(range(1, k + 1), k)
    out = text(k, first + [later[0]] * rng.randint(1, 2) + later[1:] + [rng.randint(1, k)])
elif mode == "sample2":  # one kind never occurs: -1
    k = rng.randint(3, 4)
    absent = rng.randint(1, k)
    kinds = [rng.choice([c for c in range(1, k + 1) if c != absent]) for _ in range(rng.randint(5, 7))]
    out = text(k, kinds)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    k = rng.choice([1, 2, 3, rng.randint(1, n), rng.randint(1, max(1, n // 3))])
    k = min(k, n)
    kinds = [rng.randint(1, k) for _ in range(n)]
    if rng.random() < 0.15 and k >= 2:  # drop one kind entirely
        gone = rng.randint(1, k)
        kinds = [c if c != gone else (c % k) + 1 for c in kinds]
    out = text(k, kinds)
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(1, [1]), "missing_kind": text(3, [1, 2, 1, 2, 1]), "k_one": text(1, [1, 1, 1]),
           "whole_row": text(3, [1, 2, 2, 2, 3]), "short_after_long": text(3, [1, 2, 2, 2, 2, 3, 3, 1, 2, 3]),
           "permutation": text(5, [4, 2, 5, 1, 3]), "repeats_inside": text(3, [2, 2, 1, 1, 2, 2, 3, 3, 1])}[case]
elif mode == "rounds":  # K = len/2, kinds in a shuffled order twice: every covering block is about K long
    n = min(MAXN, int(opts["len"]))
    k = n // 2
    first, second = list(range(1, k + 1)), list(range(1, k + 1))
    rng.shuffle(first)
    rng.shuffle(second)
    out = text(k, first + second + [rng.randint(1, k) for _ in range(n - 2 * k)])
elif mode == "max_missing":  # one kind absent: no block covers, a scan from every start runs to the end
    k = MAXN // 2
    out = text(k, [rng.randint(1, k - 1) for _ in range(MAXN)])
elif mode == "max_random":
    k = rng.randint(1000, 5000)
    out = text(k, [rng.randint(1, k) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"k_too_big": "2 3\n1 2\n", "kind_too_big": "3 2\n1 3 2\n", "zero_kind": "3 2\n1 0 2\n",
           "missing": "3 2\n1 2\n", "double_space": "2 2\n1  2\n", "leading_zero": "2 2\n01 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
