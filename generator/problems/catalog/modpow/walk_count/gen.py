"""Test generator for modpow.walk_count: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxk, maxq. Modes: sample, small, list n=N k=K edges=u:v,... queries=s:t,..., random,
one_way (roads mostly in one direction, so treating them as two-way is wrong), max density=PERCENT,
invalid kind=...
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXK, MAXQ = int(opts["maxn"]), int(opts["maxk"]), int(opts["maxq"])
rng = random.Random(seed)


def render(n, k, edges, queries):
    lines = [f"{n} {len(edges)} {k}"] + [f"{u} {v}" for u, v in edges] + [str(len(queries))]
    lines += [f"{s} {t}" for s, t in queries]
    return "\n".join(lines) + "\n"


def graph(n, percent):
    edges = [(u, v) for u in range(1, n + 1) for v in range(1, n + 1) if u != v and rng.randrange(100) < percent]
    rng.shuffle(edges)
    return edges


def queries(n, q):
    return [(rng.randint(1, n), rng.randint(1, n)) for _ in range(q)]


def walks(n, k, edges, s, t):
    """Walks of length k from s to t, counted by hand (samples only: n <= 4, k <= 4)."""
    count = [int(v == s) for v in range(n + 1)]
    for _ in range(k):
        step = [0] * (n + 1)
        for u, v in edges:
            step[v] += count[u]
        count = step
    return count[t]


if mode == "sample":  # some question counts two walks or more: a sample of zeros shows neither counting nor K
    while True:
        n = rng.randint(3, 4)
        k, edges, qs = rng.randint(2, 4), graph(n, 50), queries(n, 3)
        if max(walks(n, k, edges, s, t) for s, t in qs) >= 2:
            break
    out = render(n, k, edges, qs)
elif mode == "small":
    n = rng.randint(1, 6)
    out = render(n, rng.randint(0, 12), graph(n, rng.choice([20, 50, 80])), queries(n, rng.randint(1, 6)))
elif mode == "list":
    n = int(opts["n"])
    edges = [tuple(map(int, e.split(":"))) for e in opts["edges"].split(",") if e]
    qs = [tuple(map(int, e.split(":"))) for e in opts["queries"].split(",")]
    out = render(n, int(opts["k"]), edges, qs)
elif mode == "random":
    n = rng.randint(5, MAXN)
    out = render(n, rng.randint(0, MAXK), graph(n, rng.randint(5, 60)), queries(n, rng.randint(10, MAXQ)))
elif mode == "one_way":  # a random order of places; most roads go forward in it, a few go back
    n = MAXN
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = [(order[i], order[j]) for i in range(n) for j in range(n)
             if i != j and rng.randrange(100) < (40 if i < j else 3)]
    rng.shuffle(edges)
    out = render(n, rng.randint(MAXK // 2, MAXK), edges, queries(n, MAXQ))
elif mode == "max":
    out = render(MAXN, rng.randint(MAXK - MAXK // 10, MAXK), graph(MAXN, int(opts["density"])), queries(MAXN, MAXQ))
elif mode == "invalid":
    out = {
        "self_loop": render(3, 2, [(1, 2), (2, 2)], [(1, 2)]),
        "repeated_road": render(3, 2, [(1, 2), (1, 2)], [(1, 2)]),
        "bad_vertex": render(3, 2, [(1, 2), (2, 4)], [(1, 2)]),
        "too_many_places": render(MAXN + 1, 2, [(1, 2)], [(1, 2)]),
        "missing_query": "3 1 2\n1 2\n2\n1 2\n",
    }[opts["kind"]]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
