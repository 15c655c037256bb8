"""Test generator for gcd_lcm.two_remainders: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxmn. Modes: sample, small, list queries=m:a:n:b,..., random, shared (m and n with a large common
factor, about half of the questions answerable), coprime, boundary (answers next to lcm - 1 and to 0, equal moduli,
m or n = 1), max [shared=1], invalid kind=...
"""
import random
import sys
from math import gcd

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXMN = int(opts["maxt"]), int(opts["maxmn"])
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{m} {a} {n} {b}\n" for m, a, n, b in queries)


def query(m, n, answerable=None):
    """Remainders for moduli m and n; answerable=True/False forces whether some x exists (False needs gcd > 1)."""
    g = gcd(m, n)
    if answerable is None:
        return m, rng.randrange(m), n, rng.randrange(n)
    x = rng.randrange(m // g * n)  # below lcm(m, n)
    a, b = x % m, x % n
    if not answerable and g > 1:
        b = (b + rng.randint(1, g - 1)) % n  # b - a no longer a multiple of g
    return m, a, n, b


def shared_pair(hi):
    g = rng.randint(2, min(10**5, hi))
    return g * rng.randint(1, hi // g), g * rng.randint(1, hi // g)


def answer(m, a, n, b):
    return next((x for x in range(m * n) if x % m == a and x % n == b), -1)


def wrong_step(m, a, n, b):
    """What wa_step_mod_n prints: the smallest solution k reduced mod n, not mod n / g."""
    g = gcd(m, n)
    if (b - a) % g:
        return -1
    u = pow(m // g, -1, n // g) if n // g > 1 else 0
    return a + m * ((b - a) // g * u % n)


if mode == "sample":
    # Redrawn until a question has no answer and wa_step_mod_n misses the smallest answer of another.
    while True:
        pairs = [(rng.randint(3, 9), rng.randint(3, 9)) for _ in range(2)]
        g = rng.choice([2, 3])
        pairs += [(g * rng.randint(2, 5), g * rng.randint(2, 5)) for _ in range(2)]
        queries = [query(m, n, True) for m, n in pairs[:3]] + [query(*pairs[3], False)]
        answers = [answer(*q) for q in queries]
        if (-1 in answers and gcd(queries[3][0], queries[3][2]) > 1
                and any(wrong_step(*q) != x for q, x in zip(queries, answers))):
            break
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    queries = []
    for _ in range(rng.randint(1, 10)):
        hi = rng.choice([4, 12, 30])
        queries.append(query(rng.randint(1, hi), rng.randint(1, hi), rng.choice([None, True, True, False])))
    out = render(queries)
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    queries = []
    for _ in range(rng.randint(100, 2000)):
        hi = rng.choice([100, 10**5, MAXMN])
        queries.append(query(rng.randint(1, hi), rng.randint(1, hi), rng.choice([None, True])))
    out = render(queries)
elif mode == "shared":
    out = render([query(*shared_pair(rng.choice([10**4, MAXMN])), rng.random() < 0.5) for _ in range(2000)])
elif mode == "coprime":
    queries = []
    while len(queries) < 2000:
        m, n = rng.randint(MAXMN // 2, MAXMN), rng.randint(MAXMN // 2, MAXMN)
        if gcd(m, n) == 1:
            queries.append(query(m, n, True))
    out = render(queries)
elif mode == "boundary":  # the largest answer lcm - 1, the answer 0, equal moduli and modulus 1
    queries = []
    for _ in range(2000):
        kind = rng.choice(["top", "zero", "equal", "one"])
        m, n = shared_pair(MAXMN) if rng.random() < 0.5 else (rng.randint(1, MAXMN), rng.randint(1, MAXMN))
        if kind == "top":
            top = m // gcd(m, n) * n - 1
            queries.append((m, top % m, n, top % n))
        elif kind == "zero":
            queries.append((m, 0, n, 0))
        elif kind == "equal":
            a = rng.randrange(m)
            queries.append((m, a, m, a if rng.random() < 0.5 else rng.randrange(m)))
        else:
            queries.append((1, 0, n, rng.randrange(n)) if rng.random() < 0.5 else (m, rng.randrange(m), 1, 0))
    out = render(queries)
elif mode == "max":
    if opts.get("shared"):
        queries = [query(*shared_pair(MAXMN), rng.random() < 0.7) for _ in range(MAXT)]
    else:
        queries = [query(rng.randint(MAXMN // 2, MAXMN), rng.randint(MAXMN // 2, MAXMN), True) for _ in range(MAXT)]
    out = render(queries)
elif mode == "invalid":
    out = {
        "zero_m": render([(3, 1, 5, 2), (0, 0, 5, 1)]), "a_not_below_m": render([(3, 3, 5, 2)]),
        "too_big_n": render([(3, 1, MAXMN + 1, 2)]), "three_numbers": "2\n3 1 5 2\n3 1 5\n",
        "too_many": render([(1, 0, 1, 0)] * (MAXT + 1)), "negative_b": render([(3, 1, 5, -1)]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
