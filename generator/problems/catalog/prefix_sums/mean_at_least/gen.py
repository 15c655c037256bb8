"""Test generator for prefix_sums.mean_at_least (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N K", then A_1 .. A_N (values and K may be negative). Params: max_n, max_a (bound of |A_i| and |K|).
Modes: sample, small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A = int(opts["max_n"]), int(opts["max_a"])
rng = random.Random(seed)
r01 = rng.random


def render(a, k):
    return f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n"


def vals(n, lo, hi):
    lo, hi = max(lo, -MAX_A), min(hi, MAX_A)
    return [lo + int(r01() * (hi - lo + 1)) for _ in range(n)]


def case(size, bound):
    n = rng.randint(1, min(size, MAX_N))
    bound = min(bound, MAX_A)
    a = vals(n, -bound, bound)
    # K near the values (many stretches on both sides), sometimes one of the values itself (ties)
    k = rng.choice(a) if r01() < 0.5 else rng.randint(-bound, bound)
    return render(a, k)


def edge(kind):
    n = rng.randint(4, 9)
    k = rng.randint(-9, 9)
    return {
        "one_hit": lambda: render([k], k),  # a single value equal to K: its average is exactly K
        "one_miss": lambda: render([k - 1], k),
        "all_equal": lambda: render([k] * n, k),  # every stretch counts
        "none": lambda: render(vals(n, k - 9, k - 1), k),
        "lowest_k": lambda: render(vals(n, -MAX_A, -MAX_A + 2), -MAX_A),
        "extremes": lambda: render([rng.choice([-MAX_A, MAX_A]) for _ in range(n)], rng.choice([-MAX_A, MAX_A])),
    }[kind]()


def anti(kind):
    if kind == "ties":  # K - 1 and K + 1 alternate: many stretches average exactly K
        k = rng.randint(-5, 5)
        n = rng.randint(6, 9)
        return render([k + (1 if i % 2 else -1) for i in range(n)], k)
    if kind == "from_start":  # only stretches that start at position 1 reach the average
        n = rng.randint(5, 9)
        return render([5 * n] + [0] * (n - 1), 5)
    if kind == "wide":
        return render(vals(2000, -50, 50), rng.randint(-3, 3))
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "all_equal":  # every one of the N(N+1)/2 stretches counts: beyond 32 bits
        v = MAX_A - rng.randint(0, 100)  # seeded common value (each problem its own test)
        return render([v] * MAX_N, v)
    if kind == "near_k":  # values K-2..K+2: huge numbers of exact ties
        k = rng.randint(-MAX_A + 2, MAX_A - 2)
        return render(vals(MAX_N, k - 2, k + 2), k)
    if kind == "falling":  # values K-d..K+1 (d = 2..5): the prefix sums of A - K sink with small ups and downs, so
        # each new one is among the smallest so far; a sorted list kept with bisect.insort shifts nearly all of it
        k = rng.randint(-MAX_A + 5, MAX_A - 1)
        return render(vals(MAX_N, k - rng.randint(2, 5), k + 1), k)
    return render(vals(MAX_N, -MAX_A, MAX_A), rng.randint(-MAX_A // 1000, MAX_A // 1000))


def invalid(kind):
    a = vals(rng.randint(4, 8), -9, 9)
    n = len(a)
    return {
        "n_too_big": render([0] * (MAX_N + 1), 0),
        "a_too_big": render(a[:-1] + [MAX_A + 1], 0),
        "a_too_small": render([-MAX_A - 1] + a[1:], 0),
        "k_too_big": render(a, MAX_A + 1),
        "k_too_small": render(a, -MAX_A - 1),
        "missing_value": f"{n} 1\n" + " ".join(map(str, a[:-1])) + "\n",
        "double_space": f"{n}  1\n" + " ".join(map(str, a)) + "\n",
    }[kind]


if mode == "sample":
    n = rng.randint(5, 8)
    out = render(vals(n, 1, 9), rng.randint(3, 6))
elif mode == "small":
    out = case(int(opts["size"]), rng.choice([2, 5, MAX_A]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(3000, rng.choice([10, MAX_A]))
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
