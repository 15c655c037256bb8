"""Test generator for gcd_lcm.diophantine_count: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxt, maxab, maxc. Modes: sample, small, list queries=a:b:c,..., random, shared (a and b with a large
common factor), boundary (c = a*b*k and c one off a solvable total), max [shared=1], invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXT, MAXAB, MAXC = int(opts["maxt"]), int(opts["maxab"]), int(opts["maxc"])
rng = random.Random(seed)


def render(queries):
    return f"{len(queries)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in queries)


def shared_query(hi_ab, hi_c):
    g = rng.randint(2, 1000)
    a, b = g * rng.randint(1, hi_ab // g), g * rng.randint(1, hi_ab // g)
    c = g * rng.randint(0, hi_c // g) if rng.random() < 0.8 else rng.randint(0, hi_c)
    return a, b, c


def ways(a, b, c, steps_of_ab=False):
    """The pairs (x, y); steps_of_ab=True steps from the smallest x by b instead of b / gcd(a, b)
    (wa_steps_not_divided_by_gcd), which skips solutions when a and b share a factor."""
    xs = [x for x in range(c // a + 1) if (c - a * x) % b == 0]
    if steps_of_ab and xs:
        return len(range(xs[0], c // a + 1, b))
    return len(xs)


if mode == "sample":
    # Redrawn until stepping by b rather than b / gcd(a, b) miscounts some question.
    while True:
        a, b = rng.sample([2, 3, 4, 5, 6, 7, 9, 10], 2)
        queries = [(a, b, rng.randint(10, 30)), (a, b, rng.randint(10, 30)),
                   (2 * a, 2 * b, 2 * rng.randint(5, 15) + 1)]
        queries.append((rng.randint(1, 4), rng.randint(1, 4), rng.randint(0, 12)))
        if any(ways(*q) != ways(*q, steps_of_ab=True) for q in queries):
            break
    rng.shuffle(queries)
    out = render(queries)
elif mode == "small":
    queries = []
    for _ in range(rng.randint(1, 10)):
        hi = rng.choice([5, 12, 30])
        queries.append((rng.randint(1, hi), rng.randint(1, hi), rng.randint(0, 300)))
    out = render(queries)
elif mode == "list":
    out = render([tuple(map(int, q.split(":"))) for q in opts["queries"].split(",")])
elif mode == "random":
    queries = []
    for _ in range(rng.randint(100, 2000)):
        hi_ab = rng.choice([100, 10**5, MAXAB])
        queries.append((rng.randint(1, hi_ab), rng.randint(1, hi_ab), rng.randint(0, rng.choice([10**6, MAXC]))))
    out = render(queries)
elif mode == "shared":
    out = render([shared_query(rng.choice([10**4, MAXAB]), rng.choice([10**7, MAXC])) for _ in range(2000)])
elif mode == "boundary":  # totals exactly on and next to a multiple of lcm, where the count changes
    queries = []
    for _ in range(2000):
        g = rng.choice([1, 1, 2, 6, 1000])
        a, b = g * rng.randint(1, 10**4), g * rng.randint(1, 10**4)
        base = a * b // g * rng.randint(1, 100) + rng.choice([0, a, b, a + b])
        queries.append((a, b, min(MAXC, max(0, base + rng.choice([-g, -1, 0, 0, 1, g])))))
    out = render(queries)
elif mode == "max":
    if opts.get("shared"):
        queries = [shared_query(MAXAB, MAXC) for _ in range(MAXT)]
    else:
        queries = [(rng.randint(MAXAB // 2, MAXAB), rng.randint(MAXAB // 2, MAXAB), rng.randint(MAXC // 2, MAXC))
                   for _ in range(MAXT)]
    out = render(queries)
elif mode == "invalid":
    out = {
        "zero_a": render([(3, 5, 8), (0, 5, 10)]), "too_big_c": render([(1, 1, MAXC + 1)]),
        "too_big_b": render([(1, MAXAB + 1, 5)]), "two_numbers": "2\n3 5 8\n3 5\n",
        "too_many": render([(1, 1, 1)] * (MAXT + 1)), "negative_c": render([(3, 5, -1)]),
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
