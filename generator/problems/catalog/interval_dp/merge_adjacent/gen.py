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


def best_cost(a):
    """The smallest total cost of merging the whole row (interval DP)."""
    n, pre = len(a), [0]
    for v in a:
        pre.append(pre[-1] + v)
    cost = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min(cost[i][k] + cost[k + 1][j] for k in range(i, j)) + pre[j + 1] - pre[i]
    return cost[0][n - 1]


def cheapest_first(a):
    """The total when the two neighbours with the smallest sum are always merged first (leftmost on ties)."""
    a, total = list(a), 0
    while len(a) > 1:
        i = min(range(len(a) - 1), key=lambda k: a[k] + a[k + 1])
        total += a[i] + a[i + 1]
        a[i:i + 2] = [a[i] + a[i + 1]]
    return total


if mode == "sample1":
    # The two smallest are not neighbours (so a Huffman heap is wrong), scaled and mirrored per seed.
    k = rng.randint(1, 5)
    a = [k * v for v in (rng.randint(2, 9), 1, rng.randint(2, 9), 1, rng.randint(2, 9))]
    out = render(a)
elif mode == "sample2":  # merging the cheapest neighbours first is not optimal on it
    while True:
        a = row(rng.randint(4, 6), 20)
        if cheapest_first(a) != best_cost(a):
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
        "all_equal": lambda: render([7] * 8),
        "greedy_trap": lambda: render([5, 6, 3, 7]),  # cheapest neighbours first: 44, best 42
        "greedy_trap_long": lambda: render([7, 2, 7, 6, 9]),  # 75 against 71
        "huffman_trap": lambda: render([1, 9, 9, 1]),
    }[case]()
elif mode == "anti":
    # Alternating small and large values: neither greedy is optimal on such rows.
    out = render([rng.randint(1, 5) if i % 2 else rng.randint(MAXA // 2, MAXA) for i in range(MAXN)])
elif mode == "max":
    out = render(row(MAXN, MAXA if opts["kind"] == "big_values" else 100) if opts["kind"] != "big_values"
                 else [MAXA - rng.randint(0, 3) for _ in range(MAXN)])
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
