"""Test generator for greedy.budget_items (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N B", then p_1 .. p_N. Params: max_n, max_p, max_b.
Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_P, MAX_B = int(opts["max_n"]), int(opts["max_p"]), int(opts["max_b"])
rng = random.Random(seed)


def render(budget, prices):
    return f"{len(prices)} {budget}\n" + " ".join(map(str, prices)) + "\n"


def small():
    prices = [rng.randint(1, rng.choice([10, 30, 100])) for _ in range(rng.randint(1, 10))]
    total = sum(prices)
    roll = rng.random()
    if roll < 0.15:  # a budget below N: a solution that reads B things instead of N must still see them all
        budget = rng.randint(1, len(prices))
    elif roll < 0.85:
        budget = rng.randint(1, total)
    else:
        budget = rng.randint(1, 2 * total)
    return render(budget, prices)


def edge(kind):
    if kind == "nothing":  # every price above the budget
        return render(4, [5, 9, 7])
    if kind == "exact":  # the cheapest k cost exactly B
        prices = [rng.randint(1, 20) for _ in range(6)]
        return render(sum(sorted(prices)[:4]), prices)
    if kind == "all":  # everything fits
        prices = [rng.randint(1, 20) for _ in range(6)]
        return render(sum(prices) + rng.randint(0, 3), prices)
    if kind == "single_fits":
        p = rng.randint(1, 50)
        return render(p, [p])
    if kind == "single_too_dear":
        p = rng.randint(2, 50)
        return render(p - 1, [p])
    if kind == "equal_prices":
        p = rng.randint(2, 9)
        return render(p * 3 + rng.randint(0, p - 1), [p] * 7)
    if kind == "cheap_last":  # B < N and the only affordable things come after the first B in the list
        budget = rng.randint(2, 5)
        dear = [rng.randint(budget + 1, 60) for _ in range(budget + rng.randint(1, 3))]
        cheap = [rng.randint(1, budget) for _ in range(rng.randint(1, 3))]
        return render(budget, dear + cheap)
    if kind == "huge":  # 64-bit totals
        return render(MAX_B, [MAX_P] * MAX_N)
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "dear_first":  # a dear thing first in the list eats the budget
        return render(10, [9, 3, 3, 3, 2])
    if kind == "order_trap":
        prices = sorted((rng.randint(1, 30) for _ in range(8)), reverse=True)
        return render(sum(prices[-4:]), prices)
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    return {
        "n_too_big": render(5, [1] * (MAX_N + 1)),
        "b_zero": render(0, [3, 4]),
        "b_too_big": render(MAX_B + 1, [3, 4]),
        "p_zero": render(7, [3, 0]),
        "p_too_big": render(7, [3, MAX_P + 1]),
        "missing_price": "3 7\n3 4\n",
        "double_space": "2 7\n3  4\n",
        "leading_zero": "2 07\n3 4\n",
    }[kind]


if mode == "sample" and opts.get("kind") == "exact":
    # The cheapest k things cost exactly B: spending all of B is allowed (a strict comparison buys one fewer).
    prices = [rng.randint(1, rng.choice([10, 30, 100])) for _ in range(rng.randint(4, 8))]
    out = render(sum(sorted(prices)[:rng.randint(2, len(prices) - 1)]), prices)
elif mode == "sample":  # redrawn until buying in the given order, skipping what no longer fits, buys fewer
    while True:
        prices = [rng.randint(1, rng.choice([10, 30, 100])) for _ in range(rng.randint(4, 8))]
        budget = rng.randint(1, sum(prices))
        cheapest = sum(1 for k in range(1, len(prices) + 1) if sum(sorted(prices)[:k]) <= budget)
        spent = bought = 0
        for p in prices:
            if spent + p <= budget:
                spent, bought = spent + p, bought + 1
        if bought < cheapest:
            break
    out = render(budget, prices)
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    prices = [rng.randint(1, rng.choice([1000, MAX_P])) for _ in range(rng.randint(100, 5000))]
    out = render(min(MAX_B, max(1, sum(prices) // rng.randint(2, 10))), prices)
elif mode == "max":
    # dear: prices in the top twentieth of their range, so the budget comes near its bound
    low = MAX_P - MAX_P // 20 if opts["kind"] == "dear" else 1
    prices = [rng.randint(low, MAX_P) for _ in range(MAX_N)]
    if opts["kind"] == "half":
        out = render(min(MAX_B, sum(sorted(prices)[:MAX_N // 2])), prices)
    else:  # big budget: most but not all things fit
        out = render(min(MAX_B, sum(prices) - rng.randint(1, MAX_P)), prices)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
