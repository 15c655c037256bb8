"""Test generator for prefix_sums.divisible_sums (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N M", then A_1 .. A_N (values may be negative, M >= 1). Params: max_n, max_a, max_m.
Modes: sample, small size=, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A, MAX_M = int(opts["max_n"]), int(opts["max_a"]), int(opts["max_m"])
rng = random.Random(seed)
r01 = rng.random


def render(a, m):
    return f"{len(a)} {m}\n" + " ".join(map(str, a)) + "\n"


def vals(n, lo, hi):
    lo, hi = max(lo, -MAX_A), min(hi, MAX_A)
    return [lo + int(r01() * (hi - lo + 1)) for _ in range(n)]


def case(size, bound, m_hi):
    n = rng.randint(1, min(size, MAX_N))
    return render(vals(n, -bound, bound), rng.randint(1, min(m_hi, MAX_M)))


def edge(kind):
    n = rng.randint(4, 9)
    return {
        "one_hit": lambda: render([-MAX_A], rng.choice([1, 2, 5, 10])),  # -10^9 is a multiple of each
        "one_miss": lambda: render([1], MAX_M),
        "m_one": lambda: render(vals(n, -9, 9), 1),  # every stretch counts
        "zeros": lambda: render([0] * n, rng.randint(2, 9)),
        "huge_m": lambda: render(vals(n, -3, 3), MAX_M),  # only zero-sum stretches count
        "all_negative": lambda: render(vals(n, -9, -1), rng.randint(2, 5)),
    }[kind]()


def anti(kind):
    if kind == "negative_prefix":  # prefix sums -1 and M - 1 meet only when remainders are taken mathematically
        m = rng.randint(3, 7)
        return render([-1, m, -m, 2 * m, -1, m - 1], m)
    if kind == "from_start":  # the whole prefix A_1..A_r is a multiple of M several times
        m = rng.randint(4, 9)
        return render([m, 1, m - 1, 2 * m, 3], m)
    if kind == "wide":
        return render(vals(2000, -50, 50), rng.randint(2, 20))
    raise SystemExit(f"unknown anti kind {kind}")


def max_case(kind):
    if kind == "m_one":  # N(N+1)/2 stretches: beyond 32 bits
        return render(vals(MAX_N, -MAX_A, MAX_A), 1)
    if kind == "small_m_negative":  # mostly negative values, small M: the sign of remainders matters
        return render(vals(MAX_N, -MAX_A, MAX_A // 10), rng.randint(2, 11))
    if kind == "large_m":
        return render(vals(MAX_N, -MAX_A, MAX_A), MAX_M - rng.randint(0, 1000))
    return render(vals(MAX_N, -MAX_A, MAX_A), rng.randint(2, 1000))


def invalid(kind):
    a = vals(rng.randint(4, 8), -9, 9)
    n = len(a)
    return {
        "n_too_big": render([0] * (MAX_N + 1), 2),
        "a_too_big": render(a[:-1] + [MAX_A + 1], 3),
        "a_too_small": render([-MAX_A - 1] + a[1:], 3),
        "m_zero": render(a, 0),
        "m_too_big": render(a, MAX_M + 1),
        "missing_value": f"{n} 3\n" + " ".join(map(str, a[:-1])) + "\n",
        "double_space": f"{n}  3\n" + " ".join(map(str, a)) + "\n",
    }[kind]


def counts(a, m):
    """The answer, and what the two classic slips print: C-style remainders (a negative sum keeps its sign) and
    forgetting the empty prefix P_0 = 0."""
    def pairs(rems, with_empty):
        seen = {0: 1} if with_empty else {}
        for r in rems:
            seen[r] = seen.get(r, 0) + 1
        return sum(c * (c - 1) // 2 for c in seen.values())

    sums, total = [], 0
    for x in a:
        total += x
        sums.append(total)
    c_style = [t % m if t >= 0 else -(-t % m) for t in sums]
    return pairs([t % m for t in sums], True), pairs(c_style, True), pairs([t % m for t in sums], False)


if mode == "sample":
    while True:  # every sample refutes both slips
        a, m = vals(rng.randint(6, 9), -9, 9), rng.randint(3, 6)
        right, c_style, no_empty = counts(a, m)
        if right not in (c_style, no_empty):
            break
    out = render(a, m)
elif mode == "small":
    out = case(int(opts["size"]), rng.choice([3, 9, MAX_A]), rng.choice([2, 5, 9, MAX_M]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(3000, rng.choice([100, MAX_A]), rng.choice([10, 1000]))
elif mode == "max":
    out = max_case(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
