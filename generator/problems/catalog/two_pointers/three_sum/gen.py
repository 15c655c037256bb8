"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv, maxx. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=, max_progression,
max_high_target, max_random, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV, MAXX = int(opts["maxn"]), int(opts["maxv"]), int(opts["maxx"])
rng = random.Random(seed)


def text(x, values):
    return f"{len(values)} {x}\n" + " ".join(map(str, values)) + "\n"


def increasing(n, cap):
    return sorted(rng.sample(range(1, cap + 1), n))


def with_target(values):
    """A target hit by some triple most of the time."""
    if len(values) >= 3 and rng.random() < 0.85:
        i, j, k = rng.sample(range(len(values)), 3)
        return text(values[i] + values[j] + values[k], values)
    return text(rng.randint(1, min(MAXX, 3 * values[-1] + 1)), values)


def smallest_shared(values, x):
    """Whether two triples with sum x share their smallest value (the inner walk must go on after a match)."""
    firsts = [i for i in range(len(values)) for j in range(i + 1, len(values)) for k in range(j + 1, len(values))
              if values[i] + values[j] + values[k] == x]
    return len(firsts) != len(set(firsts))


if mode == "sample1":  # several triples, two of them sharing the smallest value
    values = increasing(rng.randint(6, 7), 15)
    while not smallest_shared(values, values[0] + values[2] + values[-1]):
        values = increasing(rng.randint(6, 7), 15)
    out = text(values[0] + values[2] + values[-1], values)
elif mode == "sample2":  # a value twice would reach X, but a value cannot be reused
    values = increasing(rng.randint(4, 5), 20)
    sums = {values[i] + values[j] + values[k] for i in range(len(values)) for j in range(i + 1, len(values))
            for k in range(j + 1, len(values))}
    x = values[0] + 2 * values[1]
    if x in sums:
        x = min(s for s in range(1, 70) if s not in sums)
    out = text(x, values)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = max(n, min(MAXV, int(opts.get("cap") or rng.choice([2 * n, 5 * n, MAXV]))))
    out = with_target(increasing(n, cap))
elif mode == "fixed":
    case = opts["case"]
    out = {"one": text(3, [1]), "two": text(3, [1, 2]), "three_exact": text(6, [1, 2, 3]),
           "twice_middle": text(10, [1, 2, 3, 4, 7]), "many_per_first": text(12, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
           "extremes": text(MAXX - 3, [1, MAXV - 2, MAXV - 1, MAXV])}[case]
elif mode == "max_progression":  # 1..N and X in the middle: many triples per smallest value
    a = rng.randint(1, max(1, min(1000, MAXV - MAXN + 1, (MAXX - 3 * MAXN // 2) // 3 + 1)))  # seeded start
    values = list(range(a, a + MAXN))
    out = text(3 * MAXN // 2 + 3 * (a - 1), values)
elif mode == "max_high_target":  # X near the largest sum: a cubic loop that stops at sums above X never stops
    values = increasing(MAXN, MAXV)
    out = text(values[-1] + values[-2] + values[-4], values)
elif mode == "max_random":
    out = with_target(increasing(MAXN, 10 * MAXN))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"not_increasing": "3 6\n1 2 2\n", "zero_n": "0 5\n\n", "too_big": text(4, [1, MAXV + 1]),
           "x_too_big": text(MAXX + 1, [1, 2, 3]), "missing": "3 6\n1 2\n", "double_space": "3 6\n1  2 3\n",
           "leading_zero": "3 6\n01 2 3\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
