"""Test generator for knapsack.count_subsets (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N S", then w_1 .. w_N. Params: max_n, max_s, max_wi.
Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_S, MAX_WI = int(opts["max_n"]), int(opts["max_s"]), int(opts["max_wi"])
rng = random.Random(seed)


def render(target, ws):
    return f"{len(ws)} {target}\n" + " ".join(map(str, ws)) + "\n"


def reachable_target(ws):
    """A target that some subset reaches (a random subset's total), or a random one when that is empty."""
    total = sum(w for w in ws if rng.random() < 0.5)
    return min(MAX_S, total) if total > 0 else rng.randint(1, max(1, sum(ws)))


def small():
    n = rng.randint(1, 10)
    ws = [rng.randint(1, rng.choice([3, 6, 12])) for _ in range(n)]
    return render(reachable_target(ws) if rng.random() < 0.85 else rng.randint(1, 40), ws)


def edge(kind):
    if kind == "single_hit":
        w = rng.randint(1, 50)
        return render(w, [w])
    if kind == "single_miss":
        w = rng.randint(2, 50)
        return render(w - 1, [w])
    if kind == "too_little":  # everything together is still short of S
        ws = [rng.randint(1, 9) for _ in range(6)]
        return render(sum(ws) + 1, ws)
    if kind == "take_all":  # S is the sum of everything: exactly one way
        ws = [rng.randint(1, 9) for _ in range(8)]
        return render(sum(ws), ws)
    if kind == "all_equal":  # the answer is a binomial coefficient
        w = rng.randint(1, 5)
        n = rng.randint(6, 14)
        return render(w * rng.randint(2, n - 2), [w] * n)
    if kind == "parity_zero":  # only even weights, odd S
        return render(2 * rng.randint(3, 20) + 1, [2 * rng.randint(1, 6) for _ in range(8)])
    if kind == "max_single":
        return render(MAX_S, [MAX_WI] if MAX_WI == MAX_S else [MAX_S])
    raise SystemExit(f"unknown edge kind {kind}")


def anti(kind):
    if kind == "reuse_trap":  # 2+2 would reach 4 if an item were reused
        return render(4, [2, 3, 1])
    if kind == "equal_items":  # two equal items are two different choices
        w = rng.randint(2, 9)
        return render(w, [w, w, w + 1])
    if kind == "overflow":  # 60 small items: more than 10^9+7 choices reach S
        ws = [rng.randint(1, 2) for _ in range(60)]
        return render(sum(ws) // 2, ws)
    raise SystemExit(f"unknown anti kind {kind}")


def invalid(kind):
    ws = [rng.randint(1, 9) for _ in range(rng.randint(2, 5))]
    body = " ".join(map(str, ws))
    return {
        "n_too_big": render(5, [1] * (MAX_N + 1)),
        "s_zero": render(0, ws),
        "s_too_big": render(MAX_S + 1, ws),
        "w_zero": render(5, ws[:-1] + [0]),
        "w_too_big": render(5, ws[:-1] + [MAX_WI + 1]),
        "missing_weight": f"{len(ws)} 5\n" + " ".join(map(str, ws[:-1])) + "\n",
        "double_space": f"{len(ws)} 5\n" + body.replace(" ", "  ", 1) + "\n",
    }[kind]


if mode == "sample":
    n = rng.randint(4, 7)  # samples show a few collisions of equal weights, never a one-item case
    ws = [rng.randint(1, rng.choice([4, 6, 9])) for _ in range(n)]
    out = render(reachable_target(ws), ws)
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    ws = [rng.randint(1, rng.choice([20, 300, MAX_WI])) for _ in range(rng.randint(20, MAX_N))]
    out = render(min(MAX_S, max(1, sum(ws) // rng.randint(2, 4))), ws)
elif mode == "max":
    kind = opts["kind"]
    if kind == "light":  # many light items: the count is astronomically large, only its remainder fits
        ws = [rng.randint(1, 200) for _ in range(MAX_N)]
        out = render(min(MAX_S, sum(ws) // 2), ws)
    elif kind == "spread":
        ws = [rng.randint(1, MAX_WI // 20) for _ in range(MAX_N)]
        out = render(MAX_S - rng.randint(0, 20), ws)
    elif kind == "top":  # a fifth of the items in the top tenth of the weight range, the rest light: S = max_s is
        # one top item and light ones
        ws = [rng.randint(MAX_WI - MAX_WI // 10, MAX_WI) if rng.random() < 0.2 else rng.randint(1, 100)
              for _ in range(MAX_N)]
        out = render(MAX_S, ws)
    else:  # heavy items near S: few choices
        ws = [rng.randint(MAX_S // 8, MAX_S // 3) for _ in range(MAX_N)]
        out = render(MAX_S, ws)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
