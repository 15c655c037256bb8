"""Test generator for digit_dp.close_digits: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample which=1|2, random t= digits= (B up to 10^digits, its length drawn), all hi=
kmax= (every range inside 1..hi with every K <= kmax), extremes, ends t= (A or B or both smooth, or next to a smooth
number), lengths t= (ranges across many lengths with a small K: shorter numbers are where leading zeros would
count), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def text(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {b} {k}\n" for a, b, k in queries)


def tables(k):
    follow = [[1] * 10]
    for _ in range(18):
        follow.append([sum(follow[-1][x] for x in range(10) if abs(x - p) <= k) for p in range(10)])
    return follow, [0] + [sum(follow[length - 1][x] for x in range(1, 10)) for length in range(1, 20)]


TABLES = [tables(k) for k in range(10)]


def count(n, k, lead=False, goes_on=False, without_n=False):
    """1..n smooth (the reference), or a tempting mistake: lead writes every number with n's length and reads the
    leading zeros as digits, goes_on follows n's digits past a pair that is too far apart, without_n leaves n out."""
    follow, starts = TABLES[k]
    if n == 0:
        return 0
    digits = list(map(int, str(n)))
    total = -1 if lead else sum(starts[:len(digits)])
    prev = None
    for i, c in enumerate(digits):
        for x in range(0 if lead or i else 1, c):
            if prev is None or abs(x - prev) <= k:
                total += follow[len(digits) - 1 - i][x]
        if prev is not None and abs(c - prev) > k and not goes_on:
            return total
        prev = c
    return total + (0 if without_n else 1)


def answers(queries, flag=None):
    if flag == "minus_a":
        return [count(b, k) - count(a, k) for a, b, k in queries]
    kw = {flag: True} if flag else {}
    return [count(b, k, **kw) - count(a - 1, k, **kw) for a, b, k in queries]


def refutes_all(queries):
    right = answers(queries)
    return all(answers(queries, flag) != right for flag in ("minus_a", "lead", "goes_on", "without_n"))


def smooth_number(length, k):
    digits = [rng.randint(1, 9)]
    for _ in range(length - 1):
        digits.append(rng.randint(max(0, digits[-1] - k), min(9, digits[-1] + k)))
    return int("".join(map(str, digits)))


def some_range(digits):
    b = rng.randint(1, 10 ** rng.randint(1, digits))
    a = rng.randint(1, b) if rng.random() < 0.7 else rng.randint(max(1, b - 1000), b)
    return a, b


def small_k():
    return rng.choice((0, 1, 1, 1, 2, 2, 3, 4, rng.randint(0, 9)))


def ends(top=18):
    """A range with A or B (or both) smooth, or next to a smooth number."""
    k = small_k()
    x, y = smooth_number(rng.randint(1, top), k), smooth_number(rng.randint(1, top), k)
    a, b = sorted((x + rng.choice((0, 0, 0, -1, 1)), y + rng.choice((0, 0, 0, -1, 1))))
    return max(1, a), min(MAXN, max(1, b)), k


if mode == "sample":
    while True:  # redrawn until every mistake shows on some question, no question twice
        if opts["which"] == "1":
            queries = []
            for _ in range(rng.randint(3, 4)):
                a, b = sorted((rng.randint(1, 150), rng.randint(1, 150)))
                queries.append((a, b, rng.choice((0, 1, 1, 2))))
        else:
            queries = [ends(), ends(), (rng.randint(1, 10 ** 6), rng.randint(10 ** 15, MAXN), rng.randint(1, 3))]
            rng.shuffle(queries)
        if refutes_all(queries) and len(set(queries)) == len(queries):
            break
    out = text(queries)
elif mode == "random":
    queries = []
    for _ in range(rng.randint(1, int(opts["t"]))):
        a, b = some_range(int(opts["digits"]))
        queries.append((a, b, small_k()))
    out = text(queries)
elif mode == "all":
    hi = int(opts["hi"])
    queries = [(a, b, k) for a in range(1, hi + 1) for b in range(a, hi + 1) for k in range(int(opts["kmax"]) + 1)]
    rng.shuffle(queries)
    out = text(queries)
elif mode == "extremes":
    queries = [(1, 1, 0), (1, 9, 0), (1, 10, 0), (1, 10, 1), (10, 10, 1), (1, MAXN, 0), (1, MAXN, 1), (1, MAXN, 9),
               (MAXN, MAXN, 1), (MAXN, MAXN, 0), (MAXN - 1, MAXN, 9), (1, MAXN - 1, 5), (10 ** 17, MAXN, 1),
               (int("9" * 18), int("9" * 18), 0), (int("12" * 9), int("98" * 9), 1), (89, 100, 1), (99, 101, 1)]
    rng.shuffle(queries)
    out = text(queries)
elif mode == "ends":
    out = text([ends() for _ in range(int(opts["t"]))])
elif mode == "lengths":
    queries = []
    for _ in range(int(opts["t"])):
        b = smooth_number(rng.randint(2, 18), rng.randint(0, 2)) if rng.random() < 0.5 else rng.randint(10, MAXN)
        queries.append((rng.randint(1, 10 ** rng.randint(0, 3)), b, rng.randint(0, 2)))
    out = text([(min(a, b), b, k) for a, b, k in queries])
elif mode == "max":
    queries = []
    for i in range(MAXT):
        if i % 4 == 0:
            queries.append(ends())
        else:
            queries.append((rng.randint(1, MAXN // 2), rng.randint(MAXN // 2, MAXN), rng.randint(0, 9)))
    out = text(queries)
elif mode == "invalid":
    out = {
        "a_zero": text([(0, 5, 1)]), "a_above_b": text([(5, 4, 1)]), "k_ten": text([(1, 5, 10)]),
        "k_negative": text([(1, 5, -1)]), "b_too_big": text([(1, MAXN + 1, 1)]), "t_mismatch": "2\n1 2 1\n",
        "too_many": text([(1, 1, 1)] * (MAXT + 1)), "two_numbers": "1\n1 9\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
