"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: N, then x_1..x_N (distinct). Params: maxn, maxx. Modes: sample1, sample2, random lo= hi= [cap=],
fixed case=, anti, max kind=, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXX = int(opts["maxn"]), int(opts["maxx"])
rng = random.Random(seed)


def render(x):
    return f"{len(x)}\n" + " ".join(map(str, x)) + "\n"


def distinct(n, low, high):
    return rng.sample(range(low, high + 1), n)


def answer(x):
    pairs = {a + b for a in x for b in x}
    found = [d for d in x if any(d - c in pairs for c in x)]
    return max(found) if found else -1


def above_third(n, low=MAXX // 3 + 1):
    """n values no three of which add up to one of them (all above a third of the largest)."""
    return distinct(n, low, MAXX)


def large_ones(n):
    """n values above MAXX / 2, all 1 mod 8: two of them exceed MAXX, and one of them plus two small values that
    are odd (or 1 mod 8, or three such plus their total) is never 1 mod 8, so it is no other large value."""
    return [8 * v + 1 for v in rng.sample(range(MAXX // 16 + 1, (MAXX - 1) // 8 + 1), n)]


def first_total_in_input_order(x):
    pairs = {a + b for a in x for b in x}
    return next((d for d in x if any(d - c in pairs for c in x)), -1)


def answer_with_different_pairs(x):
    """The answer if two of the three units had to be of different kinds (only 3 * x_a is then missed)."""
    pairs = {a + b for a in x for b in x if a != b}
    found = [d for d in x if any(d - c in pairs for c in x if c != d)]
    return max(found) if found else -1


if mode == "sample1":
    # A total of three exists, and it is not the largest value; it is three units of one kind only (3 * x_a), and
    # a smaller total comes first in the input: the largest needs all three kinds allowed equal, and a sort.
    while True:
        x = distinct(rng.choice([5, 6]), 1, 30)
        best = answer(x)
        if 0 < best < max(x) and answer_with_different_pairs(x) != best and first_total_in_input_order(x) != best:
            break
    out = render(x)
elif mode == "sample2":
    # No value is a total of three: every value is above a third of the largest.
    top = rng.randint(20, 40)
    x = distinct(rng.choice([3, 4]), top // 3 + 1, top - 1) + [top]
    rng.shuffle(x)
    out = render(x)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXX, int(opts.get("cap") or rng.choice([3 * n, 100, 10000, MAXX])))
    out = render(distinct(n, 1, max(cap, n)))
elif mode == "fixed":
    case = opts["case"]
    out = {
        "single": lambda: render([MAXX]),
        "one_and_three": lambda: render([3, 1]),  # 3 = 1 + 1 + 1
        "triple_same": lambda: render([100, 15, 101, 5]),  # only 15 = 5 + 5 + 5
        "largest": lambda: render([MAXX - 21, 14, MAXX, 7]),  # the largest value is 7 + 14 + (MAXX - 21)
        "none_small": lambda: render([4, 5, 6, 7, 11]),
    }[case]()
elif mode == "anti":
    # Large values that are no totals, hiding one small value that is three times another: only a + a + a works.
    a = rng.randrange(1, MAXX // 10, 2)
    x = large_ones(MAXN - 2) + [a, 3 * a]
    rng.shuffle(x)
    out = render(x)
elif mode == "max":
    kind = opts["kind"]
    if kind == "none":  # the whole N^2 search runs and finds nothing
        out = render(above_third(MAXN))
    elif kind == "random":
        out = render(distinct(MAXN, 1, MAXX))
    elif kind == "small_answer":  # one small total among large values: found only after every larger value failed
        a, b, c = (8 * v + 1 for v in rng.sample(range(MAXX // 200), 3))
        x = large_ones(MAXN - 4) + [a, b, c, a + b + c]
        rng.shuffle(x)
        out = render(x)
    else:  # dense: 1..N shuffled, nearly every value is a total
        x = list(range(1, MAXN + 1))
        rng.shuffle(x)
        out = render(x)
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": lambda: render(list(range(1, MAXN + 2))),
        "repeated": lambda: render([3, 1, 3]),
        "value_zero": lambda: render([3, 0, 2]),
        "value_too_big": lambda: render([3, MAXX + 1, 2]),
        "count_mismatch": lambda: "4\n3 1 2\n",
        "leading_zero": lambda: "3\n3 01 2\n",
    }[kind]()
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
