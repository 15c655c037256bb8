"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxv. Modes: sample1, sample2, random lo= hi= [pool=], fixed case=, prefixes, max_random,
periodic, invalid kind=."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXV = int(opts["maxn"]), int(opts["maxv"])
rng = random.Random(seed)


def text(values):
    return f"{len(values)}\n" + " ".join(map(str, values)) + "\n"


def family(n):
    """Numbers that are prefixes of each other (3, 30, 34, 303, 330): order by plain text is wrong for them."""
    d = rng.randint(1, 9)
    pool = [d, 10 * d, 10 * d + rng.randint(0, 9), 100 * d + d, 110 * d, 10 * d + d]
    return [min(MAXV, rng.choice(pool)) for _ in range(n)]


def periodic_pair(p, q, a, b):
    """Numbers x (p digits) and y (q digits), p and q coprime, whose endless repetitions xxx... and yyy... agree on
    the first p + q - 2 digits and differ at the next, the longest agreement two such lengths allow (Fine and Wilf).
    Both are prefixes of one word w of length p + q - 2 with periods p and q: its positions, joined i ~ i + p and
    i ~ i + q, fall into two classes, one written with digit a and one with b. A sort key that cuts the repetition
    short (the first 10 digits of xxx...) ties x and y although x + y and y + x differ."""
    size = p + q - 2
    root = list(range(size))

    def find(i):
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i in range(size):
        for step in (p, q):
            if i + step < size:
                root[find(i)] = find(i + step)
    first = find(0)
    w = "".join(a if find(i) == first else b for i in range(size))
    x, y = w[:p], w[:q]
    assert x + y != y + x and (x * q)[:size] == (y * p)[:size]
    return int(x), int(y)


if mode == "sample1":  # 3 and 30: text order puts 30 first, but 330 > 303
    d = rng.randint(2, 8)
    values = [d, 10 * d, 10 * d + rng.randint(d + 1, 9), rng.randint(1, d - 1), 9]
    rng.shuffle(values)
    out = text(values)
elif mode == "sample2":  # only zeros: the answer is a single 0
    out = text([0] * rng.randint(2, 4))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    pool = opts.get("pool") or rng.choice(["small", "family", "wide"])
    if pool == "family":
        out = text(family(n))
    else:
        out = text([rng.randint(0, 12 if pool == "small" else MAXV) for _ in range(n)])
elif mode == "fixed":
    out = text({"one_zero": [0], "one_max": [MAXV], "zero_and_one": [0, 1], "zeros_then_one": [0, 0, 0, 1],
                "equal": [12, 12, 12], "twelve_121": [12, 121], "ninety": [9, 90, 99, 909]}[opts["case"]])
elif mode == "prefixes":
    out = text(family(MAXN))
elif mode == "max_random":
    out = text([rng.randint(0, MAXV) for _ in range(MAXN)])
elif mode == "periodic":  # pairs tied by any key of up to 15 repeated digits, each met in both orders
    values = []
    pairs = [(p, q) for p in range(2, 10) for q in range(p + 1, 10) if all(p % f or q % f for f in range(2, p + 1))]
    while len(values) + 4 <= min(MAXN, 2000):
        p, q = rng.choice(pairs)
        a, b = rng.sample("123456789", 2)
        x, y = periodic_pair(p, q, a, b)
        first, second = (x, y) if str(x) + str(y) > str(y) + str(x) else (y, x)
        values += [second, first, first, second]  # stable ties keep the wrong order either way round
    out = text([v for v in values if v <= MAXV])
elif mode == "invalid":
    kind = opts["kind"]
    out = {"too_many": text([1] * (MAXN + 1)), "too_big": text([MAXV + 1]), "negative": text([-1, 2]),
           "missing": "3\n1 2\n", "double_space": "2\n1  2\n", "leading_zero": "2\n01 2\n", "zero_n": "0\n\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
