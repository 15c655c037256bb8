"""Test generator for binary_search.closest (testlib style): python gen.py SEED MODE [key=value ...].

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


def interesting(a):
    """Asked values that matter: the values, their midpoints (ties), just left/right of them, beyond the ends."""
    s = sorted(set(a))
    pool = list(s) + [max(1, s[0] - 1), 1, min(MAX_A, s[-1] + 1), MAX_A]
    for u, v in zip(s, s[1:]):
        pool += [(u + v) // 2, (u + v + 1) // 2, u + 1, v - 1]
    return [x for x in pool if 1 <= x <= MAX_A]


def case(n_hi, hi, q_hi):
    n = rng.randint(1, min(n_hi, MAX_N))
    a = [rng.randint(1, min(hi, MAX_A)) for _ in range(n)]
    pool = interesting(a)
    return render(a, [rng.choice(pool) for _ in range(rng.randint(1, min(q_hi, MAX_Q)))])


def sample():
    base = rng.randint(1, 30)
    a = sorted(rng.sample(range(base, base + 40), rng.randint(4, 6)))
    even = [(u, v) for u, v in zip(a, a[1:]) if (u + v) % 2 == 0]
    u, v = even[0] if even else (a[1], a[2])
    xs = [(u + v) // 2 if (u + v) % 2 == 0 else u + 1, a[0], max(1, a[0] - rng.randint(1, 5)), a[-1] + rng.randint(1, 9),
          rng.randint(a[0], a[-1])]
    rng.shuffle(xs)
    return render(a, xs)


def edge(kind):
    v = rng.randint(10, MAX_A - 10)
    return {
        "one": lambda: render([v], [1, v, MAX_A]),
        "below_all": lambda: render([v, v + 3, v + 7], [1, v - 1]),
        "above_all": lambda: render([v - 7, v - 3, v], [MAX_A, v + 1]),
        "ties": lambda: render([10, 20, 30, 40], [15, 25, 35, 5, 45]),
        "exact": lambda: render([3, 9, 27, 81], [3, 9, 27, 81]),
        "repeated": lambda: render([4, 4, 4, 8, 8, 12], [6, 10, 4, 7, 5]),
    }[kind]()


def anti(kind):
    if kind == "left_closer":  # the lower bound is farther than its left neighbour
        a = sorted(rng.sample(range(1, 10 ** 6, 100), 50))
        return render(a, [x + rng.randint(1, 40) for x in a])
    if kind == "midpoints":  # exact middles between neighbours: the smaller value wins
        a = sorted(rng.sample(range(2, 10 ** 6, 2), 50))
        return render(a, [(u + v) // 2 for u, v in zip(a, a[1:])])
    return render([1, MAX_A], [1, MAX_A, MAX_A // 2, (1 + MAX_A) // 2, (1 + MAX_A + 1) // 2])  # extremes


def maximal(kind):
    if kind == "max_wide":
        a = [rng.randint(1, MAX_A) for _ in range(MAX_N)]
        pool = interesting(a)
        return render(a, [rng.choice(pool) if rng.random() < 0.5 else rng.randint(1, MAX_A) for _ in range(MAX_Q)])
    a = sorted(rng.sample(range(2, MAX_A, 2), MAX_N))  # max_midpoints
    mids = [(u + v) // 2 for u, v in zip(a, a[1:])]
    return render(a, [rng.choice(mids) for _ in range(MAX_Q)])


def invalid(kind):
    return {
        "n_too_big": f"{MAX_N + 1} 1\n" + " ".join(["1"] * (MAX_N + 1)) + "\n1\n",
        "q_too_big": f"1 {MAX_Q + 1}\n1\n" + " ".join(["1"] * (MAX_Q + 1)) + "\n",
        "x_too_big": f"2 2\n3 5\n4 {MAX_A + 1}\n",
        "x_zero": "2 2\n3 5\n0 4\n",
        "not_sorted": "3 1\n5 3 7\n4\n",
        "extra_query": "2 2\n3 5\n1 2 4\n",
        "double_space": "2 2\n3  5\n1 4\n",
    }[kind]


if mode == "sample":
    out = sample()
elif mode == "case":
    out = case(rng.choice([2, 8, 30]), rng.choice([10, 100, MAX_A]), 12)
elif mode == "stress":
    out = case(rng.choice([1, 3, 8]), rng.choice([5, 20, 100]), 6)
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = case(MAX_N, rng.choice([1000, MAX_A]), MAX_Q)
elif mode == "max":
    out = maximal(opts["kind"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
