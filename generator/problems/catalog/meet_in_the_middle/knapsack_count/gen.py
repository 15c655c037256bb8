"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N C", then w_1..w_N. Params: maxn, maxw, maxc. Modes: sample1, sample2, random lo= hi= [cap=],
fixed case=, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXW, MAXC = int(opts["maxn"]), int(opts["maxw"]), int(opts["maxc"])
rng = random.Random(seed)


def render(c, w):
    return f"{len(w)} {c}\n" + " ".join(map(str, w)) + "\n"


def weights(n, cap):
    return [rng.randint(1, min(cap, MAXW)) for _ in range(n)]


def equal_sums_in_a_half(w, c):
    """Whether two different choices within one half (the first N // 2 items, or the rest) have the same total
    that fits: both must be counted."""
    for half in (w[:len(w) // 2], w[len(w) // 2:]):
        sums = [0]
        for v in half:
            sums += [s + v for s in sums]
        fitting = [s for s in sums if s <= c]
        if len(fitting) != len(set(fitting)):
            return True
    return False


if mode == "sample1":
    # Equal weights counted as different items (two choices of one half have the same total), and a total exactly
    # equal to C.
    while True:
        w = [rng.randint(1, 4)] * 2 + weights(rng.randint(2, 3), 9)
        rng.shuffle(w)
        if equal_sums_in_a_half(w, sum(sorted(w)[:3])):
            break
    out = render(sum(sorted(w)[:3]), w)
elif mode == "sample2":
    w = weights(rng.randint(4, 6), 20)
    out = render(rng.randint(1, sum(w)), w)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    w = weights(n, int(opts.get("cap") or rng.choice([9, 1000, MAXW])))
    out = render(min(MAXC, rng.randint(0, sum(w))), w)
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single_fits": lambda: render(MAXC, [MAXW]),
        "single_too_big": lambda: render(MAXC - 1, [MAXW]) if MAXC <= MAXW else render(1, [2]),
        "zero_limit": lambda: render(0, [1, 2, 3]),
        "all_fit": lambda: render(MAXC, [1] * 20),
        "exact_ties": lambda: render(6, [2, 2, 2, 3, 3, 1, 4]),
    }[case]()
elif mode == "max":
    if opts["kind"] == "half_total":
        w = weights(MAXN, MAXW // MAXN)
        out = render(min(MAXC, sum(w) // 2), w)
    elif opts["kind"] == "heavy":  # a sixth of the weights and C in the top tenth of their ranges, the other
        # weights light: a heavy item fits only with light ones whose total is at most C minus its weight
        w = [rng.randint(MAXW - MAXW // 10, MAXW) if i < MAXN // 6 else rng.randint(1, MAXW // 100)
             for i in range(MAXN)]
        rng.shuffle(w)
        out = render(rng.randint(MAXC - MAXC // 20, MAXC), w)
    else:  # equal weights: half sums repeat massively (a set of sums loses them), many totals hit C exactly
        k = rng.randint(1000, 10 ** 6)
        out = render(min(MAXC, k * (MAXN // 2)), [k] * MAXN)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(5, [1] * (MAXN + 1)),
        "weight_zero": lambda: render(5, [3, 0, 2]),
        "weight_too_big": lambda: render(5, [3, MAXW + 1, 2]),
        "limit_too_big": lambda: render(MAXC + 1, [3, 1, 2]),
        "count_mismatch": lambda: "4 5\n3 1 2\n",
        "leading_zero": lambda: "3 05\n3 1 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
