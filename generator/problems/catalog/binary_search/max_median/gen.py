"""Test generator for binary_search.max_median (testlib style): python gen.py SEED MODE [key=value ...].

Format: "N K" / A_1..A_N (N odd, any order). Params: max_n, max_a, max_k.
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


def odd(hi):
    return rng.randrange(1, hi + 1, 2)


def cost(a, m):
    s = sorted(a)
    return sum(max(0, m - v) for v in s[len(s) // 2:])


def case(n_hi, hi, k_hi):
    a = [rng.randint(1, hi) for _ in range(odd(n_hi))]
    return render(rng.randint(0, k_hi), a)


def sample():
    a = [rng.randint(1, 15) for _ in range(rng.choice([5, 7]))]
    rng.shuffle(a)
    return render(rng.randint(3, 12), a)


def edge(kind):
    a = sorted(rng.randint(1, 30) for _ in range(odd(9) + 2))
    m = a[len(a) // 2] + rng.randint(2, 9)
    return {
        "one": lambda: render(rng.randint(1, 20), [rng.randint(1, 50)]),
        "no_moves": lambda: render(0, [rng.randint(1, 50) for _ in range(7)]),
        "all_equal": lambda: render(rng.randint(5, 30), [9] * 7),
        "exact_fit": lambda: render(cost(a, m), a[::-1]),
        "one_short": lambda: render(cost(a, m) - 1, a[::-1]),
        "one_huge": lambda: render(MAX_K, [MAX_A]),
    }[kind]()


def anti(kind):
    if kind == "unsorted":  # the middle of the input is not the median
        return render(4, [1, 2, 50, 3, 60, 70, 4])
    if kind == "low_lower_half":  # the lower half is far below: raising it is wasted
        return render(10, [1, 1, 1, 20, 21, 22, 23])
    return render(12, [10, 10, 11, 12, 14, 30, 5, 6, 7])  # blocked: the median must lift its upper neighbours


def maximal(kind):
    if kind == "max_spread":
        return render(MAX_K, [rng.randint(1, MAX_A) for _ in range(MAX_N)])
    if kind == "max_equal":
        return render(MAX_K - rng.randint(0, 1000), [rng.randint(MAX_A // 2, MAX_A // 2 + 3) for _ in range(MAX_N)])
    # max_top: the upper half sits at the largest value, every raise of the median lifts all of it
    return render(MAX_K, [rng.randint(1, 1000) for _ in range(MAX_N // 2)] + [MAX_A] * (MAX_N - MAX_N // 2))


def invalid(kind):
    return {
        "n_too_big": render(1, [1] * (MAX_N + 2)),
        "n_even": render(1, [3, 1, 2, 5]),
        "k_too_big": render(MAX_K + 1, [1, 2, 3]),
        "k_negative": render(-1, [1, 2, 3]),
        "a_too_big": render(1, [1, MAX_A + 1, 3]),
        "a_zero": render(1, [1, 0, 3]),
        "missing_value": "3 5\n1 2\n",
    }[kind]


if mode == "sample":
    out = sample()
elif mode == "case":
    out = case(rng.choice([3, 9, 31]), rng.choice([10, 1000, MAX_A]), rng.choice([5, 100, 10000]))
elif mode == "stress":
    out = case(rng.choice([1, 5, 9]), rng.choice([3, 10, 30]), rng.choice([0, 5, 25]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(rng.randint(1000, MAX_N // 2), rng.choice([1000, MAX_A]), MAX_K)
elif mode == "max":
    out = maximal(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
