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


def bait(n, cap):
    """A large end guarding a much larger item just inside it: taking the large end hands that item over."""
    a = []
    while len(a) < n:
        small, big = rng.randint(1, cap // 10 or 1), rng.randint(cap // 2, cap)
        a += [rng.randint(cap // 10 + 1, cap // 3 + 1), big, small] if rng.random() < 0.5 else [small]
    return [min(v, MAXA) for v in a[:n]]


def perfect(a, greedy_reply=False):
    """X - Y under best play (with greedy_reply: the second player always takes the larger end, ties left)."""
    memo = {}

    def go(i, j, first):
        if i > j:
            return 0
        if (i, j, first) not in memo:
            if first or not greedy_reply:
                sign = 1 if first else -1
                options = [sign * a[i] + go(i + 1, j, not first), sign * a[j] + go(i, j - 1, not first)]
                memo[i, j, first] = max(options) if first else min(options)
            else:
                memo[i, j, first] = -a[i] + go(i + 1, j, True) if a[i] >= a[j] else -a[j] + go(i, j - 1, True)
        return memo[i, j, first]
    return go(0, len(a) - 1, True)


def greedy_both(a):
    """X - Y when both players always take the larger end (ties: the left one)."""
    i, j, sign, total = 0, len(a) - 1, 1, 0
    while i <= j:
        if a[i] >= a[j]:
            total, i = total + sign * a[i], i + 1
        else:
            total, j = total + sign * a[j], j - 1
        sign = -sign
    return total


if mode == "sample1":
    # Taking the larger end (k * 4) opens the k * 9 to the opponent; scaled and mirrored per seed.
    k = rng.randint(1, 5)
    a = [k * 4, k * 9, k * 1, k * rng.randint(2, 3)]
    out = render(a[::-1] if rng.random() < 0.5 else a)
elif mode == "sample2":  # odd length: the answer can be negative; every known wrong idea fails on it
    while True:
        a = row(rng.choice([5, 7]), 20)
        if perfect(a) not in (perfect(a, greedy_reply=True), greedy_both(a), abs(sum(a[0::2]) - sum(a[1::2]))):
            break
    out = render(a)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(row(n, int(opts.get("cap") or rng.choice([9, 100, MAXA]))))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([MAXA]),
        "two": lambda: render([3, MAXA]),
        "negative": lambda: render([1, 5, 1]),  # X - Y = 2 - 5
        "all_equal": lambda: render([7] * 9),
        "greedy_trap": lambda: render([4, 9, 1, 3]),
        "parity_trap": lambda: render([8, 7, 4, 2, 8]),
        "opponent_trap": lambda: render([4, 2, 6, 1, 1]),
    }[case]()
elif mode == "anti":
    out = render(bait(MAXN, MAXA))
elif mode == "max":
    kind = opts["kind"]
    if kind == "random":
        out = render(row(MAXN, MAXA))
    elif kind == "big_values":
        out = render([MAXA - rng.randint(0, 1000) for _ in range(MAXN)])
    else:  # small values: many ties between the two ends
        out = render(row(MAXN - rng.randint(0, 1), 3))
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
