"""Test generator for prefix_sums.balance_point (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N", then A_1 .. A_N (values may be negative). Params: max_n, max_a.
Modes: sample [kind=inside|end], small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A = int(opts["max_n"]), int(opts["max_a"])
rng = random.Random(seed)


def render(a):
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def vals(n, lo, hi):
    return [rng.randint(max(lo, -MAX_A), min(hi, MAX_A)) for _ in range(n)]


def first_balance(a):
    total, left = sum(a), 0
    for i, v in enumerate(a):
        if 2 * left == total - v:
            return i + 1
        left += v
    return -1


def balanced_at(n, p, lo, hi, first=True):
    """A sequence of length n whose two sides around position p (1-based) have equal sums; with first=True, p is
    also the first such position. One value (the last one, or the first when p = n) absorbs the difference and the
    draw is repeated until it fits the bounds."""
    if n == 1:
        return vals(1, lo, hi)
    fix = n - 1 if p < n else 0  # 0-based; on the right side of p, or on the left side when p = n
    slack = max(abs(lo), abs(hi)) + 9
    for _ in range(100000):
        a = vals(n, lo, hi)
        a[fix] = 0
        left, right = sum(a[:p - 1]), sum(a[p:])
        need = left - right if fix >= p else right - left
        if abs(need) <= min(slack, MAX_A):
            a[fix] = need
            if not first or first_balance(a) == p:
                return a
    raise SystemExit("could not build a balanced sequence")


def last_balance(a):
    total, left, last = sum(a), 0, -1
    for i, v in enumerate(a):
        if 2 * left == total - v:
            last = i + 1
        left += v
    return last


def sample(kind):
    n = rng.randint(6, 9)
    if kind == "end":  # the first balance point is an end, whose empty side totals 0
        return render(balanced_at(n, rng.choice([1, n]), -9, 9))
    while True:  # inside, and a later position balances too: the first one is asked for
        p = rng.randint(2, n - 2)
        a = balanced_at(n, p, -9, 9)
        if last_balance(a) != p:
            return render(a)


def case(size, lo, hi):
    n = rng.randint(1, min(size, MAX_N))
    if rng.random() < 0.7:
        return render(balanced_at(n, rng.randint(1, n), lo, hi, first=False))
    return render(vals(n, lo, hi))


def edge(kind):
    n = rng.randint(4, 9)
    if kind == "one":
        return render(vals(1, -MAX_A, MAX_A))
    if kind == "first":  # A_2 + ... + A_N = 0: position 1 balances (its left side is empty)
        return render(balanced_at(n, 1, -9, 9))
    if kind == "last":  # A_1 + ... + A_{N-1} = 0 and nothing earlier balances
        return render(balanced_at(n, n, -9, 9))
    if kind == "none":
        while True:
            a = vals(n, 1, 9)
            if first_balance(a) == -1:
                return render(a)
    if kind == "zeros":  # every position balances: the first one is 1
        return render([0] * n)
    if kind == "two_points":  # positions 2 and 3 both balance: the first is the answer
        return render([3, 1, -1, 2, 0, 2])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "self_on_left":  # counting A_i on one side moves the balance point
        return render([2, 5, 1, 1])
    if kind == "middle_and_end":  # balances at position 5 and at the end: 5 is the answer
        return render([1, -5, 5, 1, 1, -3, 5])
    if kind == "negative":  # all values negative, one balance point inside
        return render([-8, -1, -2, -3, -7, -1, -3])
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "late":
        return render(balanced_at(MAX_N, MAX_N - rng.randint(1, 5), -MAX_A, MAX_A))
    if kind == "highest":  # every value at the bound: the middle balances only for odd N
        # Values at or just under the bound, mirrored around the middle (seeded, each problem its own test): the
        # middle is the first balance point.
        left = [MAX_A - rng.randint(0, 3) for _ in range((MAX_N - 1) // 2)]
        return render(left + [MAX_A] + left[::-1])
    return render(vals(MAX_N, -MAX_A, MAX_A))


def invalid(kind):
    a = vals(rng.randint(4, 8), -9, 9)
    n = len(a)
    return {
        "n_too_big": render([0] * (MAX_N + 1)),
        "n_zero": "0\n\n",
        "a_too_big": render(a[:-1] + [MAX_A + 1]),
        "a_too_small": render([-MAX_A - 1] + a[1:]),
        "missing_value": f"{n}\n" + " ".join(map(str, a[:-1])) + "\n",
        "double_space": f"{n}\n" + "  ".join(map(str, a)) + "\n",
    }[kind]


if mode == "sample":
    out = sample(opts.get("kind", "inside"))
elif mode == "small":
    bound = rng.choice([3, 9, MAX_A])
    out = case(int(opts["size"]), -bound, bound)
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(MAX_N, -MAX_A, MAX_A)
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
