"""Test generator for greedy.circular_tour (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N", then g_1 .. g_N, then c_1 .. c_N. Params: max_n, max_v.
Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_V = int(opts["max_n"]), int(opts["max_v"])
rng = random.Random(seed)


def render(gain, cost):
    return f"{len(gain)}\n" + " ".join(map(str, gain)) + "\n" + " ".join(map(str, cost)) + "\n"


def feasible_pair(n, hi):
    """Random gains and costs with total gain >= total cost (the two lists swap roles when needed)."""
    gain = [rng.randint(1, hi) for _ in range(n)]
    cost = [rng.randint(1, hi) for _ in range(n)]
    if sum(cost) > sum(gain):
        gain, cost = cost, gain
    return gain, cost


def small():
    n = rng.randint(1, 7)
    hi = rng.choice([3, 6, 10])
    if rng.random() < 0.7:
        return render(*feasible_pair(n, hi))
    return render([rng.randint(1, hi) for _ in range(n)], [rng.randint(1, hi) for _ in range(n)])


def smallest_start(gain, cost, empty_fails=False):
    """The answer (-1 when the total is short); empty_fails=True restarts on an empty tank too (a wrong reading)."""
    total = tank = start = 0
    for i, (g, c) in enumerate(zip(gain, cost)):
        total += g - c
        tank += g - c
        if tank < 0 or (empty_fails and tank == 0):
            start, tank = i + 1, 0
    return start + 1 if total >= 0 else -1


def sample(kind):
    """kind=start: a round is possible, and redrawn until some start must arrive somewhere with an empty tank, so
    treating an empty tank as a failure picks another start. kind=none: the total fuel is short, so the answer is
    -1 although a sweep that never looks at the total ends on some start."""
    while True:
        n, hi = rng.randint(4, 7), rng.choice([3, 6, 10])
        gain, cost = feasible_pair(n, hi)
        if kind == "none":
            if sum(gain) > sum(cost):
                gain, cost = cost, gain
            if sum(gain) < sum(cost):
                return render(gain, cost)
        elif smallest_start(gain, cost) != smallest_start(gain, cost, empty_fails=True):
            return render(gain, cost)


def edge(kind):
    if kind == "single_ok":
        c = rng.randint(1, 9)
        return render([c + rng.randint(0, 3)], [c])
    if kind == "single_no":
        c = rng.randint(2, 9)
        return render([c - 1], [c])
    if kind == "exact_total":  # total gain equals total cost: one tank runs to exactly 0
        return render([1, 5, 2, 4], [3, 3, 3, 3])
    if kind == "short_by_one":
        return render([1, 5, 2, 3], [3, 3, 3, 3])
    if kind == "all_equal":  # every station works: the answer is 1
        v = rng.randint(1, 50)
        return render([v] * 6, [v] * 6)
    if kind == "last_only":  # only the last station works
        return render([1, 1, 1, 1, 9], [2, 2, 2, 2, 5])
    if kind == "max_values":
        return render([MAX_V, 1, MAX_V], [MAX_V, MAX_V, 1])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "tie_smallest":  # two starts work (the balance is 0 between them): print the smaller one
        return render([3, 1, 4, 1, 2], [1, 3, 2, 3, 2])
    if kind == "restart_after":  # a reset must move past the failing station
        return render([2, 0 + 1, 5, 1], [3, 2, 1, 2])
    if kind == "impossible_sweep":  # a sweep ends on a start although the total is short
        return render([1, 2, 3, 4], [2, 2, 3, 4])
    if kind == "zero_ties":  # many zero balances: the smallest of several valid starts
        n = rng.randint(6, 9)
        gain = [rng.randint(1, 6) for _ in range(n)]
        cost = gain[:]
        i, j = rng.sample(range(n), 2)
        cost[i] += 1
        gain[j] += 1
        return render(gain, cost)
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    return {
        "n_zero": "0\n\n\n",
        "n_too_big": render([1] * (MAX_N + 1), [1] * (MAX_N + 1)),
        "gain_zero": render([0, 3], [1, 1]),
        "cost_too_big": render([3, 3], [1, MAX_V + 1]),
        "missing_cost": "3\n1 2 3\n1 2\n",
        "double_space": "2\n1  2\n1 2\n",
        "leading_zero": "2\n01 2\n1 2\n",
    }[kind]


if mode == "sample":
    out = sample(opts["kind"])
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = render(*feasible_pair(rng.randint(100, 5000), rng.choice([100, MAX_V])))
elif mode == "max":
    kind = opts["kind"]
    n = MAX_N
    if kind == "late_start":  # every early start drives almost all the way before failing: O(N^2) to simulate
        v = rng.randint(MAX_V // 4, MAX_V // 2)
        gain, cost = [v] * n, [v] * n
        gain[n - 2] = 1  # the deficit right before the end
        gain[n - 1] = v + (v - 1)  # the last station makes up for it
        out = render(gain, cost)
    elif kind == "impossible":  # short by exactly one unit in total
        gain, cost = feasible_pair(n, MAX_V)
        excess = sum(gain) - sum(cost) + 1
        for i in range(n):
            step = min(excess, MAX_V - cost[i])
            cost[i] += step
            excess -= step
            if not excess:
                break
        out = render(gain, cost)
    else:
        out = render(*feasible_pair(n, MAX_V))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
