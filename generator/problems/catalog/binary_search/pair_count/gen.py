"""Test generator for binary_search.pair_count (testlib style): python gen.py SEED MODE [key=value ...].

Format: "N K" / A_1..A_N (any order). Params: max_n, max_a, max_k.
Modes: sample, case, stress, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A, MAX_K = int(opts["max_n"]), int(opts["max_a"]), int(opts["max_k"])
rng = random.Random(seed)


def render(k, a):
    return f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n"


def case(n_hi, hi):
    n = rng.randint(1, n_hi)
    a = [rng.randint(1, hi) for _ in range(n)]
    # K near a typical pair sum (sometimes exactly one), sometimes below every pair or above all of them.
    i, j = rng.randrange(n), rng.randrange(n)
    k = rng.choice([a[i] + a[j], a[i] + a[j] - 1, rng.randint(1, 2 * hi), 2 * hi, 1])
    return render(max(1, min(MAX_K, k)), a)


def sample():
    n = rng.randint(5, 7)
    a = [rng.randint(1, 20) for _ in range(n)]
    s = sorted(a)
    return render(s[1] + s[n // 2], a)


def edge(kind):
    v = rng.randint(1, 1000)
    return {
        "one": lambda: render(MAX_K, [v]),
        "two_fit": lambda: render(2 * v, [v, v]),
        "two_miss": lambda: render(2 * v - 1, [v, v]),
        "none": lambda: render(9, [5, 7, 6, 5, 8]),
        "all": lambda: render(MAX_K, [MAX_A, 1, MAX_A, 3, MAX_A]),
        "equal_exact": lambda: render(10, [5, 5, 5, 5, 6, 4]),
    }[kind]()


def anti(kind):
    if kind == "self_pairs":  # 2 * A_i <= K for many i, but only a few real pairs
        return render(20, [10, 30, 30, 9, 31, 8, 40, 12, 11])
    if kind == "exact_sums":  # many pairs land exactly on K
        a = [rng.randint(1, 49) for _ in range(30)]
        return render(50, a + [50 - x for x in a[:10]])
    a = [rng.randint(1, 100) for _ in range(40)]  # unsorted input; the sorted order would give another count
    return render(rng.randint(60, 140), a)


def maximal(kind):
    if kind == "max_half":
        a = [rng.randint(1, MAX_A) for _ in range(MAX_N)]
        return render(rng.randint(MAX_A // 2, MAX_A), a)
    if kind == "max_all":  # every pair fits: the count needs 64 bits
        return render(MAX_K, [rng.randint(1, MAX_A) for _ in range(MAX_N)])
    v = rng.randint(1, MAX_A // 2)  # max_equal: all equal, K = 2v exactly
    return render(2 * v, [v] * MAX_N)


def invalid(kind):
    return {
        "n_too_big": render(5, [1] * (MAX_N + 1)),
        "k_too_big": render(MAX_K + 1, [1, 2]),
        "k_zero": render(0, [1, 2]),
        "a_too_big": render(5, [1, MAX_A + 1]),
        "a_zero": render(5, [0, 2]),
        "missing_value": "3 5\n1 2\n",
    }[kind]


if mode == "sample":
    out = sample()
elif mode == "case":
    out = case(rng.choice([2, 8, 30]), rng.choice([5, 100, MAX_A]))
elif mode == "stress":
    out = case(rng.choice([1, 3, 8]), rng.choice([3, 10, 50]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(rng.randint(1000, MAX_N // 2), rng.choice([1000, MAX_A]))
elif mode == "max":
    out = maximal(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
