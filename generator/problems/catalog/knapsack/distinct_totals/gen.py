"""Test generator for knapsack.distinct_totals (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N", then w_1 .. w_N. Params: max_n, max_wi.
Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_WI = int(opts["max_n"]), int(opts["max_wi"])
rng = random.Random(seed)


def render(ws):
    return f"{len(ws)}\n" + " ".join(map(str, ws)) + "\n"


def small():
    # Small weights so that totals collide (equal totals from different choices).
    n = rng.randint(1, 6)
    hi = rng.choice([3, 6, 10, 20])
    return render([rng.randint(1, hi) for _ in range(n)])


def edge(kind):
    return {
        "single": lambda: render([rng.randint(1, 50)]),
        "single_max": lambda: render([MAX_WI]),
        "all_equal": lambda: render([rng.randint(1, 30)] * rng.randint(2, MAX_N)),
        "powers_of_two": lambda: render([1 << i for i in range(min(MAX_N, 10))]),
        "two_equal": lambda: (lambda w: render([w, w]))(rng.randint(1, 40)),
        "all_ones_max": lambda: render([1] * MAX_N),
    }[kind]()


def anti(kind):
    if kind == "reuse_trap":  # reusing an item reaches totals like 2+2 that no real choice has
        return render([2, 5, 11])
    if kind == "many_repeats":  # a few values repeated: the count of choices is far above the count of totals
        base = rng.sample(range(1, 12), 3)
        return render([rng.choice(base) for _ in range(MAX_N)])
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    ws = [rng.randint(1, 20) for _ in range(rng.randint(2, 5))]
    body = " ".join(map(str, ws))
    return {
        "n_zero": "0\n\n",
        "n_too_big": render([1] * (MAX_N + 1)),
        "w_zero": render(ws[:-1] + [0]),
        "w_too_big": render(ws[:-1] + [MAX_WI + 1]),
        "missing_weight": f"{len(ws)}\n" + " ".join(map(str, ws[:-1])) + "\n",
        "double_space": f"{len(ws)}\n" + body.replace(" ", "  ", 1) + "\n",
        "leading_zero": f"{len(ws)}\n0" + body + "\n",
    }[kind]


def totals(text, reuse=False):
    """How many totals the choices reach; reuse=True scans the sums upwards, so an item may be taken again
    (wa_item_reused)."""
    ws = list(map(int, text.split()))[1:]
    reach = {0}
    for w in ws:
        if reuse:
            reach |= {r + k * w for r in reach for k in range(1, sum(ws) // w + 1) if r + k * w <= sum(ws)}
        else:
            reach |= {r + w for r in reach}
    return len(reach) - 1


if mode == "sample":  # redrawn until taking an item again reaches a total no choice has, and two choices tie
    while True:
        out = small() if rng.random() < 0.8 else render(sorted(rng.sample(range(1, 10), 3)))
        count = totals(out)
        if count != totals(out, reuse=True) and count != 2 ** int(out.split()[0]) - 1:
            break
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = render([rng.randint(1, rng.choice([30, 200, MAX_WI])) for _ in range(rng.randint(8, MAX_N))])
elif mode == "max":
    if opts["kind"] == "distinct":  # spread-out weights: thousands of different totals
        out = render(rng.sample(range(1, MAX_WI + 1), MAX_N))
    else:
        out = render([rng.randint(MAX_WI - 50, MAX_WI) for _ in range(MAX_N)])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
