"""Test generator for knapsack.min_coins (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Format: "N T", then c_1 .. c_N (distinct coin values, any number of each). Params: max_n, max_t, max_c.
Modes: sample, small, edge kind=, anti kind=, random, max kind=, invalid kind=.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAX_N, MAX_T, MAX_C = int(opts["max_n"]), int(opts["max_t"]), int(opts["max_c"])
rng = random.Random(seed)


def render(t, coins):
    return f"{len(coins)} {t}\n" + " ".join(map(str, coins)) + "\n"


def coins(n, hi, lo=1):
    hi = min(hi, MAX_C)
    return rng.sample(range(lo, hi + 1), min(n, hi - lo + 1))


def small():
    cs = coins(rng.randint(1, 4), rng.choice([6, 12, 25]), lo=rng.choice([1, 2, 3]))
    return render(rng.randint(1, rng.choice([15, 30, 60])), cs)


def parse(text):
    head, values = text.split("\n")[:2]
    return int(head.split()[1]), list(map(int, values.split()))


def pieces(t, cs):
    """The fewest coins making t, or -1."""
    best = [0] + [-1] * t
    for x in range(1, t + 1):
        options = [best[x - c] for c in cs if c <= x and best[x - c] >= 0]
        best[x] = min(options) + 1 if options else -1
    return best[t]


def largest_first(t, cs):
    """As many of the largest coin as fit, then the next (a wrong greedy); -1 when something is left."""
    count = 0
    for c in sorted(cs, reverse=True):
        count, t = count + t // c, t % c
    return count if t == 0 else -1


def edge(kind):
    return {
        "impossible_even": lambda: render(2 * rng.randint(2, 20) + 1, [2, 4, 6][:rng.randint(1, 3)]),
        "smaller_than_all": lambda: render(rng.randint(1, 4), [5, 7]),
        "exact_one_coin": lambda: (lambda c: render(c, [c, 1]))(rng.randint(2, 50)),
        "only_ones": lambda: render(rng.randint(1, 60), [1]),
        "single_coin_multiple": lambda: (lambda c: render(c * rng.randint(2, 9), [c]))(rng.randint(2, 9)),
        "single_coin_not_multiple": lambda: (lambda c: render(c * rng.randint(2, 9) + 1, [c]))(rng.randint(2, 9)),
        "one_listed_last": one_listed_last,
        "target_below_count": target_below_count,
    }[kind]()


def target_below_count():
    """T < N, every coin but the last larger than T, the last one dividing T: the N coins must all be read (a reader
    that takes T for N sees only coins too large and answers -1)."""
    n = rng.randint(4, 8)
    t = rng.randint(2, n - 1)
    return render(t, coins(n - 1, 40, lo=t + 1) + [rng.choice([d for d in range(1, t + 1) if t % d == 0])])


def one_listed_last():
    """Several coins, the coin 1 listed last and T not a multiple of the first coin: every coin must be read
    (a reader that takes the last value for N sees only the first coin and answers -1)."""
    cs = coins(rng.randint(3, 6), 30, lo=2) + [1]
    t = rng.randint(10, 60)
    while t % cs[0] == 0:
        t += 1
    return render(t, cs)


def anti(kind):
    return {
        "greedy_not_optimal": lambda: render(6, [1, 3, 4]),  # greedy 4+1+1, best 3+3
        "greedy_stuck": lambda: render(6, [4, 3]),  # largest first: 4, then stuck; 3+3 works
        "large_first_trap": lambda: (lambda k: render(30 * k, [k, 10 * k, 25 * k]))(rng.randint(1, 20)),
        "need_many": lambda: render(rng.randint(40, 99), [7, 11]),
    }[kind]()


def invalid(kind):
    cs = coins(4, 20)
    return {
        "n_too_big": f"{MAX_N + 1} 5\n" + " ".join(map(str, range(1, MAX_N + 2))) + "\n",
        "t_too_big": render(MAX_T + 1, cs),
        "t_zero": render(0, cs),
        "coin_zero": render(7, [0] + cs[1:]),
        "coin_too_big": render(7, cs[:-1] + [MAX_C + 1]),
        "repeated_coin": render(7, cs[:-1] + [cs[0]]),
        "missing_coin": f"{len(cs)} 7\n" + " ".join(map(str, cs[:-1])) + "\n",
    }[kind]


if mode == "sample" and opts.get("kind") == "none":  # no way to make T: the answer is -1
    while True:
        out = small()
        if pieces(*parse(out)) < 0:
            break
elif mode == "sample":  # redrawn until taking the largest coin first is not best
    while True:
        cs = coins(rng.randint(2, 4), rng.choice([6, 12, 25]), lo=rng.choice([1, 2, 3]))
        t = rng.randint(max(cs), 3 * max(cs))
        if pieces(t, cs) > 0 and largest_first(t, cs) != pieces(t, cs):
            break
    out = render(t, cs)
elif mode == "small":
    out = small()
elif mode == "edge":
    out = edge(opts["kind"])
elif mode == "anti":
    out = anti(opts["kind"])
elif mode == "random":
    out = render(rng.randint(1000, 5000), coins(rng.randint(5, 30), 500, lo=2))
elif mode == "max":
    kind = opts["kind"]
    if kind == "big_coins":  # few large coins: long chains, many unreachable amounts
        out = render(MAX_T - rng.randint(0, 10), coins(MAX_N, MAX_C, lo=MAX_C // 2))
    elif kind == "no_one":
        out = render(MAX_T, coins(MAX_N, 2000, lo=2))
    else:
        out = render(MAX_T, coins(MAX_N, MAX_C))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
