"""Test generator for digit_dp.skip_digit: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn. Modes: sample which=1|2, random t= digits= (N up to 10^digits, its length drawn), all hi=
(every N <= hi with every digit D), extremes, holding (N holding D at its first, a middle or its last digit, or
just below or above such N), max, invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN = int(opts["maxt"]), int(opts["maxn"])
rng = random.Random(seed)


def text(queries):
    return f"{len(queries)}\n" + "".join(f"{n} {d}\n" for n, d in queries)


def count(n, d, zero=False, lead=False, keep_tight=False, without_n=False):
    """1..n without digit d (the reference's walk), or one of the tempting mistakes: zero counts the number 0,
    lead reads leading zeros as digits (then takes 1 off for the number 0), keep_tight goes on along n after its
    digit d, without_n leaves n out."""
    if lead:
        digits, total, tight = list(map(int, str(n))), 0, True
        for i, c in enumerate(digits):
            if tight:
                total += sum(1 for x in range(c) if x != d) * 9 ** (len(digits) - 1 - i)
                tight = c != d
        return total + (1 if tight else 0) - 1
    below, unstarted, tight = 0, 0, True
    for i, c in enumerate(map(int, str(n))):
        below = below * 9 + unstarted * (9 if d == 0 else 8)
        unstarted = 1 if i > 0 else 0
        if tight:
            below += sum(1 for x in range(1 if i == 0 else 0, c) if x != d)
            unstarted = 1
            if c == d and not keep_tight:
                tight = False
    return below + (unstarted if zero else 0) + (0 if without_n else 1 if tight else 0)


def refutes_all(queries):
    right = [count(n, d) for n, d in queries]
    return all([count(n, d, **{flag: True}) for n, d in queries] != right
               for flag in ("zero", "lead", "keep_tight", "without_n"))


def huge(digits=18):
    return rng.randint(1, 10 ** rng.randint(1, digits))


def holding(d):
    """An N that holds the digit d at a drawn place (never as a leading zero), maybe moved by one."""
    length = rng.randint(2, 18)
    digits = [rng.randint(0, 9) for _ in range(length)]
    digits[0] = rng.randint(1, 9)
    place = rng.choice((0, length - 1, rng.randint(1, length - 1)))
    if d or place:
        digits[place] = d
    n = int("".join(map(str, digits))) + rng.choice((-1, 0, 0, 0, 1))
    return min(MAXN, max(1, n))


if mode == "sample":
    while True:  # redrawn until every mistake shows on some question, no question twice
        if opts["which"] == "1":
            queries = [(rng.randint(10, 60), rng.choice((4, 4, 0, rng.randint(1, 9)))) for _ in range(rng.randint(3, 4))]
        else:
            queries = [(huge(), 4), (holding(0), 0), (holding(d := rng.randint(1, 9)), d)]
            rng.shuffle(queries)
        if refutes_all(queries) and len(set(queries)) == len(queries):
            break
    out = text(queries)
elif mode == "random":
    t, digits = int(opts["t"]), int(opts["digits"])
    out = text([(huge(digits), rng.randint(0, 9)) for _ in range(rng.randint(1, t))])
elif mode == "all":
    queries = [(n, d) for n in range(1, int(opts["hi"]) + 1) for d in range(10)]
    rng.shuffle(queries)
    out = text(queries)
elif mode == "extremes":
    queries = [(1, 1), (1, 0), (9, 9), (10, 0), (10, 1), (MAXN, 1), (MAXN, 0), (MAXN, 9), (MAXN, 5), (MAXN - 1, 9),
               (MAXN - 1, 0), (4, 4), (44, 4), (40, 4), (39, 4), (int("4" * 18), 4), (int("9" * 17), 9),
               (int("9" * 18), 0), (10 ** 17, 0), (10 ** 17 - 1, 0), (10 ** 17 + 1, 0)]
    rng.shuffle(queries)
    out = text(queries)
elif mode == "holding":
    queries = []
    for _ in range(int(opts["t"])):
        d = rng.randint(0, 9)
        queries.append((holding(d), d))
    out = text(queries)
elif mode == "max":
    queries = []
    for _ in range(MAXT):
        d = rng.randint(0, 9)
        queries.append((rng.randint(MAXN // 10, MAXN) if rng.random() < 0.5 else holding(d), d))
    out = text(queries)
elif mode == "invalid":
    out = {
        "n_zero": text([(5, 2), (0, 2)]), "d_ten": text([(5, 10)]), "d_negative": text([(5, -1)]),
        "n_too_big": text([(MAXN + 1, 3)]), "t_mismatch": "3\n1 1\n2 2\n", "too_many": text([(1, 1)] * (MAXT + 1)),
        "one_number": "1\n7\n", "leading_zero": "1\n07 4\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
