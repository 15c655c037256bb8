"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then a_1..a_N. Params: maxn, maxa. Modes: sample1, sample2, random lo= hi= [cap=], fixed case=,
anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXA = int(opts["maxn"]), int(opts["maxa"])
rng = random.Random(seed)


def render(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def row(n, cap):
    return [rng.randint(1, min(cap, MAXA)) for _ in range(n)]


def best(a):
    n = len(a)
    prev = [v * n for v in a]
    for length in range(2, n + 1):
        day, last = n - length + 1, length - 1
        prev = [max(a[i] * day + prev[i + 1], a[i + last] * day + prev[i]) for i in range(n - last)]
    return prev[0]


def smaller_end(a):
    i, j, total = 0, len(a) - 1, 0
    for day in range(1, len(a) + 1):
        if a[i] <= a[j]:
            total, i = total + a[i] * day, i + 1
        else:
            total, j = total + a[j] * day, j - 1
    return total


if mode == "sample1":
    # Selling the cheaper end every day loses here; scaled per seed.
    while True:
        a = row(rng.choice([4, 5]), 9)
        if smaller_end(a) != best(a) and len(set(a)) > 2:
            break
    out = render(a)
elif mode == "sample2":
    out = render(row(rng.choice([5, 6, 7]), 20))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(row(n, int(opts.get("cap") or rng.choice([9, 100, MAXA]))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([MAXA]),
        "two": lambda: render([MAXA, 1]),
        "all_equal": lambda: render([7] * 9),
        "greedy_trap": lambda: render([7, 9, 1, 8]),  # cheaper end first: 7, 8, 1, 9 = 62; best 8, 1, 7, 9 = 67
        "valley": lambda: render([9, 6, 4, 1, 3, 5, 8]),  # the cheap items sit inside: sorted order impossible
        "peak": lambda: render([1, 4, 8, 9, 7, 3, 2]),  # cheapest at the ends: increasing order is possible
    }[case]()
elif mode == "anti":
    # A cheap end hiding a cheaper item right behind it, repeated: the cheaper-end greedy keeps choosing badly.
    a = []
    while len(a) < MAXN:
        a += [rng.randint(MAXA // 3, MAXA // 2), rng.randint(1, MAXA // 10), rng.randint(MAXA // 2, MAXA)]
    out = render(a[:MAXN])
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render(row(MAXN, MAXA))
    elif kind == "big_values":
        out = render([MAXA - rng.randint(0, 1000) for _ in range(MAXN)])
    elif kind == "small_values":  # many ties between the two ends
        out = render(row(MAXN - rng.randint(0, 1), 3))
    else:  # peak: an increasing then decreasing row, so the increasing order of values can be sold
        a = sorted(row(MAXN, MAXA))
        left, right = a[0::2], a[1::2]
        out = render(left + right[::-1])
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render([1] * (MAXN + 1)),
        "value_zero": lambda: render([3, 0, 2]),
        "value_too_big": lambda: render([3, MAXA + 1, 2]),
        "count_mismatch": lambda: "4\n3 1 2\n",
        "leading_zero": lambda: "3\n3 01 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
