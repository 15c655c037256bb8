"""Test generator for digit_dp.digit_sum: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxs. Modes: sample which=1|2, random t= digits= (B up to 10^digits, its length drawn; S near a
digit sum of the range), all hi= (every range inside 1..hi with every S up to 9 + the largest digit sum), extremes,
ends t= (A or B or both with digit sum S, or next to one), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN, MAXS = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxs"])
rng = random.Random(seed)

ways = [[1] + [0] * MAXS]
for _ in range(18):
    ways.append([sum(ways[-1][s - x] for x in range(10) if s >= x) for s in range(MAXS + 1)])
upto = [[sum(row[:s + 1]) for s in range(MAXS + 1)] for row in ways]


def text(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {b} {s}\n" for a, b, s in queries)


def digit_sum(x):
    return sum(map(int, str(x)))


def count(n, s, without_n=False, negative_index=False, no_tight=False):
    """0..n with digit sum s (the reference), or a tempting mistake: without_n leaves n out, negative_index reads
    Python's negative list indices as zero-sum rows, no_tight lets every digit of n run from 0 to 9."""
    digits = [9] * len(str(n)) if no_tight else list(map(int, str(n)))
    total, prefix = 0, 0
    for i, c in enumerate(digits):
        rest, need = len(digits) - 1 - i, s - prefix
        if negative_index:
            total += upto[rest][need] - upto[rest][need - c]
        else:
            if need < 0:
                return total
            total += upto[rest][need] - (upto[rest][need - c] if need >= c else 0)
        prefix += c
    return total + (0 if without_n else 1 if prefix == s else 0)


def answers(queries, flag=None):
    if flag == "minus_a":
        return [count(b, s) - count(a, s) for a, b, s in queries]
    kw = {flag: True} if flag else {}
    return [count(b, s, **kw) - count(a - 1, s, **kw) for a, b, s in queries]


def refutes_all(queries):
    right = answers(queries)
    return all(answers(queries, flag) != right for flag in ("minus_a", "without_n", "negative_index", "no_tight"))


def some_range(digits):
    b = rng.randint(1, 10 ** rng.randint(1, digits))
    a = rng.randint(1, b) if rng.random() < 0.7 else rng.randint(max(1, b - 1000), b)
    return a, b


def some_sum(a, b):
    """A digit sum that some number of the range has, moved a little (sometimes out of reach)."""
    return min(MAXS, max(1, digit_sum(rng.randint(a, b)) + rng.randint(-3, 3)))


def with_sum(length, s):
    """A number of the given length (its first digit non-zero) with digit sum s (1 <= s <= 9 * length): units of
    the sum dropped one by one on random digits that are not full."""
    digits = [1] + [0] * (length - 1)
    for _ in range(s - 1):
        place = rng.choice([p for p in range(length) if digits[p] < 9])
        digits[place] += 1
    return int("".join(map(str, digits)))


def ends():
    """A range with A or B (or both) of digit sum S, or one next to such a number."""
    s = rng.randint(2, 60)
    x = with_sum(rng.randint(max(2, s // 9 + 1), 18), s)
    y = with_sum(rng.randint(len(str(x)), 18), s)
    a, b = sorted((x, y))
    a += rng.choice((0, 0, 0, 1, -1))
    b += rng.choice((0, 0, 0, 1, -1))
    a, b = max(1, min(a, b)), min(MAXN, max(a, b))
    return a, b, s


if mode == "sample":
    while True:  # redrawn until every mistake shows on some question, no question twice
        if opts["which"] == "1":
            queries = []
            for _ in range(rng.randint(3, 4)):
                a, b = sorted((rng.randint(1, 120), rng.randint(1, 120)))
                queries.append((a, b, some_sum(a, b)))
        else:
            queries = [ends(), ends()]
            a, b = some_range(18)
            queries.append((a, b, some_sum(a, b)))
            rng.shuffle(queries)
        if refutes_all(queries) and len(set(queries)) == len(queries) and all(answers(queries)[:1]):
            break
    out = text(queries)
elif mode == "random":
    queries = []
    for _ in range(rng.randint(1, int(opts["t"]))):
        a, b = some_range(int(opts["digits"]))
        queries.append((a, b, some_sum(a, b)))
    out = text(queries)
elif mode == "all":
    hi = int(opts["hi"])
    top = max(digit_sum(x) for x in range(1, hi + 1)) + 1
    queries = [(a, b, s) for a in range(1, hi + 1) for b in range(a, hi + 1) for s in range(1, top + 1)]
    rng.shuffle(queries)
    out = text(queries)
elif mode == "extremes":
    nines = 10 ** 18 - 1
    queries = [(1, 1, 1), (1, 9, 9), (1, 10, 1), (10, 10, 1), (1, MAXN, 1), (1, MAXN, MAXS), (nines, nines, MAXS),
               (nines, MAXN, MAXS), (MAXN, MAXN, 1), (MAXN, MAXN, 2), (1, MAXN, 81), (1, MAXN, 80),
               (10 ** 17, MAXN, 1), (1, nines, 100), (MAXN - 1, MAXN, 1), (99, 100, 18), (99, 100, 1), (1, 99, 19)]
    rng.shuffle(queries)
    out = text(queries)
elif mode == "ends":
    out = text([ends() for _ in range(int(opts["t"]))])
elif mode == "max":
    queries = []
    for i in range(MAXT):
        if i % 4 == 0:
            queries.append(ends())
        else:
            a, b = rng.randint(1, MAXN // 2), rng.randint(MAXN // 2, MAXN)
            queries.append((a, b, rng.randint(1, MAXS)))
    out = text(queries)
elif mode == "invalid":
    out = {
        "a_zero": text([(0, 5, 1)]), "a_above_b": text([(5, 4, 1)]), "s_zero": text([(1, 5, 0)]),
        "s_too_big": text([(1, 5, MAXS + 1)]), "b_too_big": text([(1, MAXN + 1, 1)]), "t_mismatch": "2\n1 2 1\n",
        "too_many": text([(1, 1, 1)] * (MAXT + 1)), "two_numbers": "1\n1 9\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
