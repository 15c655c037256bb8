"""Test generator for knapsack.exact_packs (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N Q", then a_1 .. a_N (pack sizes, unlimited supply), then q_1 .. q_Q (amounts asked for).
Params: max_n, max_a, max_q, max_x. Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_A, MAX_Q, MAX_X = (int(opts[k]) for k in ("max_n", "max_a", "max_q", "max_x"))
rng = random.Random(seed)


def render(sizes, queries):
    return f"{len(sizes)} {len(queries)}\n" + " ".join(map(str, sizes)) + "\n" + " ".join(map(str, queries)) + "\n"


def small(n_hi=3, x_hi=30):
    sizes = [rng.randint(2, 9) for _ in range(rng.randint(1, n_hi))]
    if rng.random() < 0.2:
        sizes[0] = 1 if rng.random() < 0.3 else sizes[0]
    return render(sizes, [rng.randint(1, x_hi) for _ in range(rng.randint(1, 8))])


def reachable(x, sizes):
    """Whether packs of these sizes add up to exactly x."""
    can = [True] + [False] * x
    for t in range(1, x + 1):
        can[t] = any(a <= t and can[t - a] for a in sizes)
    return can[x]


def largest_first(x, sizes):
    """Whether taking as many of the largest pack as fit, then the next, and so on, leaves something over."""
    for a in sorted(sizes, reverse=True):
        x %= a
    return x != 0


def edge(kind):
    if kind == "unit_pack":  # a pack of 1 makes everything
        return render([1], [rng.randint(1, 20) for _ in range(5)])
    if kind == "below_all":  # every query smaller than every pack
        return render([7, 9], [1, 2, 6])
    if kind == "equal_to_size":
        sizes = rng.sample(range(2, 10), 3)
        return render(sizes, sizes + [min(sizes) - 1])
    if kind == "even_only":  # even sizes: odd amounts are impossible however large
        return render([4, 6], [1, 2, 3, 10, 11, 22, 23])
    if kind == "max_amounts":
        return render([MAX_A, MAX_A - 1], [MAX_X, MAX_X - 1, 1])
    if kind == "same_sizes":
        a = rng.randint(2, 7)
        return render([a] * MAX_N, [a, 2 * a, 2 * a + 1, 5 * a])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "greedy_trap":  # 9 = 3 + 3 + 3, but the largest pack first leaves 4
        return render([5, 3], [9, 12, 7, 13])
    if kind == "reuse":  # one kind many times
        return render([4, 10], [8, 12, 24, 14, 6])
    if kind == "greedy_mixed":  # largest first leaves a remainder that smaller kinds cannot cover
        return render([6, 9, 20], [43, 44, 26, 15, 12])
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    return {
        "n_too_big": render([2] * (MAX_N + 1), [4]),
        "q_too_big": render([2, 3], [1] * (MAX_Q + 1)),
        "a_zero": render([0, 3], [5]),
        "a_too_big": render([MAX_A + 1, 3], [5]),
        "x_zero": render([2, 3], [5, 0]),
        "x_too_big": render([2, 3], [5, MAX_X + 1]),
        "missing_query": "2 3\n2 3\n5 7\n",
        "double_space": "2 2\n2  3\n5 7\n",
    }[kind]


if mode == "sample":  # redrawn until taking the largest packs first answers NO to a reachable count
    while True:
        out = small()
        sizes, queries = ([int(x) for x in line.split()] for line in out.split("\n")[1:3])
        if any(reachable(x, sizes) and largest_first(x, sizes) for x in queries):
            break
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    sizes = [rng.randint(2, MAX_A) for _ in range(rng.randint(2, MAX_N))]
    out = render(sizes, [rng.randint(1, MAX_X // 10) for _ in range(rng.randint(10, MAX_Q))])
elif mode == "max":
    if opts["kind"] == "large_sizes":  # large sizes with a common factor sometimes: many NO answers
        g = rng.choice([1, 2, 3])
        sizes = [g * rng.randint(MAX_A // (2 * g), MAX_A // g) for _ in range(MAX_N)]
        # one size in the top tenth of its range (a_i near its bound)
        sizes[rng.randrange(MAX_N)] = g * rng.randint(MAX_A * 9 // (10 * g) + 1, MAX_A // g)
    else:
        sizes = rng.sample(range(2, 40), MAX_N)
    out = render(sizes, [MAX_X] + [rng.randint(1, MAX_X) for _ in range(MAX_Q - 1)])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
