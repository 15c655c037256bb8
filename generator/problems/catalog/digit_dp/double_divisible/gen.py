"""Test generator for digit_dp.double_divisible: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxn, maxk. Modes: sample which=1|2, random t= digits= klo= khi= (B up to 10^digits, its length
drawn), all hi= (one drawn K, every range inside 1..hi), extremes k= (K = k, or maxk for k=max), ends t= klo= khi=
(A or B or both counted, or next to a counted number), max kind=top|random (K = maxk or drawn from its top half),
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXN, MAXK = int(opts["maxt"]), int(opts["maxn"]), int(opts["maxk"])
rng = random.Random(seed)


def text(k, queries):
    return f"{len(queries)} {k}\n" + "".join(f"{a} {b}\n" for a, b in queries)


def counted(x, k):
    return x % k == 0 and sum(map(int, str(x))) % k == 0


def tables(k):
    """table[l][r][s]: strings of l digits with value r and digit sum s, both mod k."""
    table = [[[0] * k for _ in range(k)]]
    table[0][0][0] = 1
    place = 1 % k
    for _ in range(18):
        rows = [[0] * k for _ in range(k)]
        for r in range(k):
            for x in range(10):
                shift, target = x % k, (x * place + r) % k
                turned = table[-1][r][-shift:] + table[-1][r][:-shift] if shift else table[-1][r]
                rows[target] = [u + v for u, v in zip(rows[target], turned)]
        table.append(rows)
        place = place * 10 % k
    return table


TABLES = {}


def table_of(k):
    if k not in TABLES:
        TABLES[k] = tables(k)
    return TABLES[k]


def count(n, k, table, without_n=False, dropped=False, short=False):
    """0..n counted (the reference), or a tempting mistake: without_n leaves n out, dropped forgets the prefix's
    value in front of the digit x, short takes the place value of x one power of 10 too low."""
    digits = list(map(int, str(n)))
    total = value = dsum = 0
    for i, c in enumerate(digits):
        rest = len(digits) - 1 - i
        place = pow(10, max(rest - 1, 0) if short else rest, k)
        for x in range(c):
            head = (x if dropped else value * 10 + x) * place % k
            total += table[rest][-head % k][-(dsum + x) % k]
        value, dsum = (value * 10 + c) % k, (dsum + c) % k
    return total + (0 if without_n else 1 if value == 0 and dsum == 0 else 0)


def answers(k, queries, flag=None):
    table = table_of(k)
    if flag == "minus_a":
        return [count(b, k, table) - count(a, k, table) for a, b in queries]
    kw = {flag: True} if flag else {}
    return [count(b, k, table, **kw) - count(a - 1, k, table, **kw) for a, b in queries]


def refutes_all(k, queries):
    right = answers(k, queries)
    return all(answers(k, queries, flag) != right for flag in ("minus_a", "without_n", "dropped", "short"))


def kth(k, j):
    """The j-th counted number from 1 on (binary search on the count)."""
    lo, hi = 1, MAXN
    while lo < hi:
        mid = (lo + hi) // 2
        if count(mid, k, table_of(k)) - 1 >= j:  # the count includes 0
            hi = mid
        else:
            lo = mid + 1
    return lo


def some_counted(k):
    """A counted number: any of them, or one of the first (small) ones."""
    total = count(MAXN, k, table_of(k)) - 1
    if total == 0:
        return None
    return kth(k, rng.randint(1, total) if rng.random() < 0.6 else rng.randint(1, min(total, rng.choice((10, 1000)))))


def ends(k):
    """A range with A or B (or both) counted, or next to a counted number (any range when none exists)."""
    x, y = some_counted(k), some_counted(k)
    if x is None:
        return some_range(18)
    a, b = sorted((x + rng.choice((0, 0, 0, -1, 1)), y + rng.choice((0, 0, 0, -1, 1))))
    return max(1, a), min(MAXN, b)


def some_range(digits):
    b = rng.randint(1, 10 ** rng.randint(1, digits))
    a = rng.randint(1, b) if rng.random() < 0.7 else rng.randint(max(1, b - 10 ** 6), b)
    return a, b


def kind_k(lo, hi):
    """K in [lo, hi], not 3 or 9 (where a number and its digit sum have the same remainder) unless nothing else."""
    while True:
        k = rng.randint(lo, hi)
        if k not in (3, 9) or lo == hi or rng.random() < 0.1:
            return k


if mode == "sample":
    while True:  # redrawn until every mistake shows on some question, no question twice
        if opts["which"] == "1":
            k = rng.choice((2, 4, 5, 6, 7, 8, 10, 11))
            queries = [tuple(sorted((rng.randint(1, 300), rng.randint(1, 300)))) for _ in range(rng.randint(3, 4))]
        else:
            k = kind_k(10, 40)
            queries = [ends(k), ends(k), some_range(18)]
            rng.shuffle(queries)
        if refutes_all(k, queries) and len(set(queries)) == len(queries):
            break
    out = text(k, queries)
elif mode == "random":
    k = kind_k(int(opts["klo"]), int(opts["khi"]))
    out = text(k, [some_range(int(opts["digits"])) for _ in range(rng.randint(1, int(opts["t"])))])
elif mode == "all":
    k = kind_k(2, 12)
    hi = int(opts["hi"])
    queries = [(a, b) for a in range(1, hi + 1) for b in range(a, hi + 1)]
    rng.shuffle(queries)
    out = text(k, queries)
elif mode == "extremes":
    k = MAXK if opts["k"] == "max" else int(opts["k"])
    nines = 10 ** 18 - 1
    queries = [(1, 1), (1, MAXN), (MAXN, MAXN), (nines, MAXN), (1, nines), (10 ** 17, MAXN), (1, 9), (1, 10),
               (MAXN - 1000, MAXN), (1, 10 ** 9)]
    queries += [(x, x) for x in (k, 2 * k, 10 * k, nines // k * k) if 1 <= x <= MAXN]
    out = text(k, sorted(set(queries), key=lambda q: rng.random()))
elif mode == "ends":
    k = kind_k(int(opts["klo"]), int(opts["khi"]))
    out = text(k, [ends(k) for _ in range(int(opts["t"]))])
elif mode == "max":
    k = MAXK if opts["kind"] == "top" else rng.randint(MAXK // 2, MAXK)
    queries = []
    for i in range(MAXT):
        if i % 10 == 0:
            queries.append(ends(k))
        else:
            queries.append(tuple(sorted((rng.randint(1, MAXN), rng.randint(1, MAXN)))))
    out = text(k, queries)
elif mode == "invalid":
    out = {
        "k_zero": text(0, [(1, 5)]), "k_too_big": text(MAXK + 1, [(1, 5)]), "a_zero": text(7, [(0, 5)]),
        "a_above_b": text(7, [(5, 4)]), "b_too_big": text(7, [(1, MAXN + 1)]), "t_mismatch": "2 7\n1 2\n",
        "too_many": text(7, [(1, 1)] * (MAXT + 1)), "one_number": "1 7\n5\n", "no_k": "1\n1 5\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
