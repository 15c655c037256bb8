"""Test generator for binary_search.occurrences (testlib style): python gen.py SEED MODE [key=value ...].

Format: "N Q" / A_1..A_N non-decreasing / X_1..X_Q. Params: max_n, max_q, max_a.
Modes: sample, case, stress, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_Q, MAX_A = int(opts["max_n"]), int(opts["max_q"]), int(opts["max_a"])
rng = random.Random(seed)


def render(a, xs):
    return f"{len(a)} {len(xs)}\n" + " ".join(map(str, sorted(a))) + "\n" + " ".join(map(str, xs)) + "\n"


def runs_list(n, values):
    """n numbers drawn from a few values, so that most values repeat."""
    return [rng.choice(values) for _ in range(n)]


def case(n_hi, spread, q_hi):
    n = rng.randint(1, min(n_hi, MAX_N))
    lo = rng.randint(1, max(1, MAX_A - spread))
    values = sorted(rng.sample(range(lo, min(MAX_A, lo + spread) + 1), min(spread + 1, rng.randint(1, 6))))
    a = runs_list(n, values)
    # Questions: values that occur (the first, the last, others), values in gaps and beyond both ends.
    pool = a + [min(a), max(a), max(1, min(a) - 1), min(MAX_A, max(a) + 1), rng.randint(lo, min(MAX_A, lo + spread))]
    q = rng.randint(1, min(q_hi, MAX_Q))
    return render(a, [rng.choice(pool) for _ in range(q)])


def sample():
    n = rng.randint(6, 9)
    base = rng.randint(1, 50)
    values = sorted(rng.sample(range(base, base + 12), 4))
    a = sorted(runs_list(n, values))
    present = sorted(set(a))
    absent = [v for v in range(base, base + 13) if v not in present]
    xs = rng.sample(present, min(3, len(present))) + rng.sample(absent, 1) + [a[-1]]
    rng.shuffle(xs)
    return render(a, xs)


def edge(kind):
    v = rng.randint(2, MAX_A - 1)
    return {
        "one_hit": lambda: render([v], [v]),
        "one_miss": lambda: render([v], [v - 1, v + 1]),
        "all_equal": lambda: render([v] * rng.randint(2, 9), [v, v - 1, v + 1, v]),
        "last_value": lambda: render(sorted(runs_list(9, [1, 4, MAX_A])), [MAX_A, MAX_A - 1, MAX_A]),
        "first_value": lambda: render(sorted([1, 1, 1] + runs_list(5, [3, 8])), [1, 2, 8]),
        "extremes": lambda: render([1, MAX_A], [1, MAX_A, 2, MAX_A - 1]),
    }[kind]()


def anti(kind):
    if kind == "gaps":  # every second number occurs, the asked ones in between do not
        a = [2 * i for i in range(1, 30) for _ in range(rng.randint(1, 3))]
        return render(a, list(range(1, 60)))
    if kind == "runs":  # long runs at both ends and in the middle
        a = [5] * 20 + [6] * 3 + [9] * 25
        return render(a, [5, 6, 7, 9, 10, 4])
    a = sorted(rng.sample(range(1, 200), 40))  # kind == "single_copies": every count is 0 or 1
    return render(a, [rng.randint(1, 200) for _ in range(40)] + [a[0], a[-1]])


def maximal(kind):
    if kind == "max_runs":
        values = sorted(rng.sample(range(1, MAX_A + 1), 30))
        a = runs_list(MAX_N, values)
        return render(a, [rng.choice(values + [values[0] - 1 or 2, MAX_A]) for _ in range(MAX_Q)])
    if kind == "max_wide":
        a = [rng.randint(1, MAX_A) for _ in range(MAX_N)]
        return render(a, [rng.choice(a) if rng.random() < 0.5 else rng.randint(1, MAX_A) for _ in range(MAX_Q)])
    # max_one_value: one seeded value everywhere, asked for it and its neighbours (each problem its own test)
    v = rng.randint(max(2, MAX_A - 100), MAX_A)
    return render([v] * MAX_N, [rng.choice([v, v - 1, min(MAX_A, v + 1)]) for _ in range(MAX_Q)])


def invalid(kind):
    return {
        "n_too_big": f"{MAX_N + 1} 1\n" + " ".join(["1"] * (MAX_N + 1)) + "\n1\n",
        "q_too_big": f"1 {MAX_Q + 1}\n1\n" + " ".join(["1"] * (MAX_Q + 1)) + "\n",
        "x_too_big": f"2 2\n3 5\n5 {MAX_A + 1}\n",
        "a_zero": "3 1\n0 2 2\n2\n",
        "not_sorted": "3 1\n5 3 7\n3\n",
        "missing_query": "3 3\n1 2 2\n2 1\n",
        "leading_zero": "3 1\n1 2 2\n02\n",
    }[kind]


if mode == "sample":
    out = sample()
elif mode == "case":
    out = case(rng.choice([3, 12, 40]), rng.choice([3, 10, 100]), 12)
elif mode == "stress":
    out = case(rng.choice([1, 4, 10]), rng.choice([2, 5, 20]), 6)
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(MAX_N, rng.choice([50, 1000, MAX_A]), MAX_Q)
elif mode == "max":
    out = maximal(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
