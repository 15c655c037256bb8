"""Test generator for binary_search.kth_product (testlib style): python gen.py SEED MODE [key=value ...].

Format: one line "N M K" (the table has the products i*j, 1 <= i <= N, 1 <= j <= M; 1 <= K <= N*M).
Params: max_n. Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N = int(opts["max_n"])
rng = random.Random(seed)


def line(n, m, k):
    return f"{n} {m} {k}\n"


def small(hi):
    n, m = rng.randint(1, hi), rng.randint(1, hi)
    return line(n, m, rng.randint(1, n * m))


def edge(kind):
    n, m = rng.randint(2, 9), rng.randint(2, 9)
    return {
        "one_cell": lambda: line(1, 1, 1),
        "first": lambda: line(n, m, 1),
        "last": lambda: line(n, m, n * m),
        "row": lambda: line(1, m, rng.randint(1, m)),
        "column": lambda: line(n, 1, rng.randint(1, n)),
        "square_middle": lambda: line(n, n, (n * n + 1) // 2),
        "max_last": lambda: line(MAX_N, MAX_N, MAX_N * MAX_N),
        "max_first": lambda: line(MAX_N, MAX_N, 1),
    }[kind]()


def invalid(kind):
    n, m = rng.randint(2, 9), rng.randint(2, 9)
    return {
        "n_too_big": line(MAX_N + 1, 1, 1),
        "m_too_big": line(1, MAX_N + 1, 1),
        "k_too_big": line(n, m, n * m + 1),
        "k_zero": line(n, m, 0),
        "missing_k": f"{n} {m}\n",
        "double_space": f"{n}  {m} 1\n",
    }[kind]


def kth(n, m, k, more=False, capped=True):
    """The K-th product; more: the first x with more than K products <= x; capped=False: x // i counted in row i
    even beyond M (the two tempting slips a sample must catch)."""
    for x in range(1, n * m + 1):
        count = sum(min(m, x // i) if capped else x // i for i in range(1, n + 1))
        if count > k if more else count >= k:
            return x
    return n * m


if mode == "sample":  # K is the last copy of its value, and a row counted past M would go wrong
    hi = rng.choice([4, 6])
    while True:
        n, m = rng.randint(2, hi), rng.randint(2, hi)
        k = rng.randint(1, n * m)
        if kth(n, m, k) != kth(n, m, k, more=True) and kth(n, m, k) != kth(min(n, m), max(n, m), k, capped=False):
            break
    out = line(n, m, k)
elif mode == "small":
    out = small(int(opts.get("hi", "8")))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    # Repeated products: the K-th value is one that appears several times, K at its first or last copy.
    n, m = rng.randint(4, 9), rng.randint(4, 9)
    values = sorted(i * j for i in range(1, n + 1) for j in range(1, m + 1))
    k = rng.randint(1, n * m)
    first = values.index(values[k - 1]) + 1
    last = len(values) - values[::-1].index(values[k - 1])
    out = line(n, m, first if opts["kind"] == "first_copy" else last)
elif mode == "random":
    n, m = rng.randint(100, 3000), rng.randint(100, 3000)
    out = line(n, m, rng.randint(1, n * m))
elif mode == "max":
    n, m = MAX_N, rng.randint(MAX_N // 2, MAX_N) if opts["kind"] == "wide" else MAX_N
    if opts["kind"] == "high":  # K among the last 5 % of the N * M positions: near the bound on K
        out = line(n, m, rng.randint(n * m - n * m // 20, n * m))
    else:
        out = line(n, m, rng.randint(n * m // 3, n * m) if opts["kind"] != "middle" else (n * m + 1) // 2)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
