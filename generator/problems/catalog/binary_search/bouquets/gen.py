"""Test generator for binary_search.bouquets (testlib style): python gen.py SEED MODE [key=value ...].

Format: "N M K" / b_1..b_N. Params: max_n, max_b.
Modes: sample [impossible=1], case, stress, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_B = int(opts["max_n"]), int(opts["max_b"])
rng = random.Random(seed)


def render(m, k, b):
    return f"{len(b)} {m} {k}\n" + " ".join(map(str, b)) + "\n"


def days(n, hi):
    return [rng.randint(1, hi) for _ in range(n)]


def case(n_hi, day_hi, impossible_share=0.15):
    n = rng.randint(1, n_hi)
    k = rng.randint(1, n)
    if rng.random() < impossible_share:
        m = n // k + 1  # m * k > n
    else:
        m = rng.randint(1, max(1, n // k))
    return render(m, k, days(n, day_hi))


def earliest(m, k, b, adjacent=True):
    """The first day with m groups of k ready positions; adjacent=False counts ready positions // k (the wrong
    reading that forgets a group's positions must be adjacent)."""
    for day in sorted(set(b)):
        run = groups = 0
        for v in b:
            run = run + 1 if v <= day else 0
            if run == k:
                groups, run = groups + 1, 0
        if (groups if adjacent else sum(v <= day for v in b) // k) >= m:
            return day
    return -1


def sample(impossible=False):
    """impossible: M * K > N, so the answer is -1 (however late the day). Otherwise redrawn until forgetting that
    a group's positions must be adjacent gives a different (earlier) day."""
    while True:
        n = rng.randint(5, 7) if impossible else rng.randint(8, 10)
        k = rng.choice([2, 3])
        m = n // k + 1 if impossible else rng.randint(2, n // k)
        b = days(n, rng.choice([12, 15, 20]))
        if impossible or earliest(m, k, b) != earliest(m, k, b, adjacent=False):
            return render(m, k, b)


def edge(kind):
    n = rng.randint(6, 12)
    return {
        "one": lambda: render(1, 1, [rng.randint(1, MAX_B)]),
        "impossible": lambda: render(n // 3 + 1, 3, days(n, 10)),
        "exact": lambda: render(n // 2, 2, days(n // 2 * 2, 30)),
        "k_one": lambda: render(rng.randint(1, n), 1, days(n, 40)),
        "same_day": lambda: render(2, n // 2, [7] * n),
        "whole_row": lambda: render(1, n, days(n, 50)),
    }[kind]()


def anti(kind):
    if kind == "alternating":  # early and late days alternate: half the row is ready early, but never adjacent
        b = [rng.randint(1, 5) if i % 2 == 0 else rng.randint(50, 60) for i in range(12)]
        return render(3, 2, b)
    if kind == "leftover_runs":  # runs of length K + 1 each waste one ready position
        b = []
        for _ in range(4):
            b += [rng.randint(1, 9) for _ in range(3)] + [rng.randint(90, 99)]
        return render(5, 2, b)
    if kind == "huge_product":  # M * K overflows 32 bits and is far above N
        return render(MAX_N, MAX_N, days(MAX_N, MAX_B))
    b = [1] * 5 + [100] + [1] * 5  # late_gap: one late position splits a run
    return render(1, 6, b)


def maximal(kind):
    if kind == "max_tight":  # nearly every position is needed: the answer is one of the last days
        k = rng.choice([3, 7, 16])
        return render(MAX_N // k, k, days(MAX_N, MAX_B))
    if kind == "max_pairs":  # alternating early/late halves, pairs needed
        b = [rng.randint(1, MAX_B // 2) if i % 2 else rng.randint(MAX_B // 2, MAX_B) for i in range(MAX_N)]
        return render(MAX_N // 2 - rng.randint(0, 50), 2, b)
    return render(MAX_N - rng.randint(0, 100), 1, rng.sample(range(1, MAX_B + 1), MAX_N))  # max_k_one


def invalid(kind):
    return {
        "n_too_big": render(1, 1, [1] * (MAX_N + 1)),
        "m_too_big": render(MAX_N + 1, 1, [3, 1, 2]),
        "k_zero": render(1, 0, [3, 1, 2]),
        "b_too_big": render(1, 2, [3, MAX_B + 1, 2]),
        "b_zero": render(1, 2, [3, 0, 2]),
        "missing_day": "3 1 2\n3 1\n",
    }[kind]


if mode == "sample":
    out = sample(opts.get("impossible") == "1")
elif mode == "case":
    out = case(rng.choice([5, 12, 40]), rng.choice([3, 20, MAX_B]))
elif mode == "stress":
    out = case(rng.choice([1, 4, 9]), rng.choice([2, 6, 30]))
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(rng.randint(1000, MAX_N // 2), rng.choice([1000, MAX_B]), 0.0)
elif mode == "max":
    out = maximal(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
