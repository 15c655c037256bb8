"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then v_1..v_N. Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=,
anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def render(v):
    return f"{len(v)}\n" + " ".join(map(str, v)) + "\n"


def row(n, cap):
    return [rng.randint(1, min(cap, MAXV)) for _ in range(n)]


def best_score(v):
    """The largest total score over all removal orders (interval DP, 1s padded at both ends)."""
    p = [1, *v, 1]
    m = len(p)
    score = [[0] * m for _ in range(m)]
    for length in range(2, m):
        for lo in range(m - length):
            hi = lo + length
            score[lo][hi] = max(score[lo][k] + score[k][hi] + p[lo] * p[k] * p[hi] for k in range(lo + 1, hi))
    return score[0][m - 1]


def smallest_first(v):
    """The total when the smallest remaining item (leftmost on ties) is always removed first."""
    v, total = list(v), 0
    while v:
        i = min(range(len(v)), key=lambda k: v[k])
        total += (v[i - 1] if i > 0 else 1) * v[i] * (v[i + 1] if i + 1 < len(v) else 1)
        v.pop(i)
    return total


if mode == "sample1":
    # 3 1 5 8: the best order removes 1, 5, 3, 8 (167); removing the smallest first is not always right.
    base = [3, 1, 5, 8]
    out = render(base[::-1] if rng.random() < 0.5 else base) if seed % 3 == 0 else render(
        [rng.randint(2, 6), 1, rng.randint(4, 9), rng.randint(5, 9)][:: rng.choice([1, -1])])
elif mode == "sample2":  # removing the smallest item first is not optimal on it
    while True:
        v = row(rng.randint(3, 5), 9)
        if smallest_first(v) != best_score(v):
            break
    out = render(v)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(row(n, int(opts.get("cap") or rng.choice([3, 9, MAXV]))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([MAXV]),
        "two": lambda: render([2, MAXV]),
        "all_ones": lambda: render([1] * 6),
        "classic": lambda: render([3, 1, 5, 8]),
        "peak": lambda: render([1, 2, 9, 2, 1, 7]),
    }[case]()
elif mode == "anti":
    out = render([rng.randint(1, 3) if i % 3 else rng.randint(MAXV - 10, MAXV) for i in range(MAXN)])
elif mode == "max":
    out = render(row(MAXN, MAXV) if opts["kind"] == "random" else [MAXV - rng.randint(0, 2) for _ in range(MAXN)])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([1] * (MAXN + 1)),
        "value_zero": lambda: render([3, 0, 2]),
        "value_too_big": lambda: render([3, MAXV + 1, 2]),
        "count_mismatch": lambda: "4\n3 1 2\n",
        "double_space": lambda: "3\n3  1 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
