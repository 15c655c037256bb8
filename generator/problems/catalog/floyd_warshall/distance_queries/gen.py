"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw, maxq. Modes: sample, random lo= hi= [cap=], fixed name=, chain [q=], dense [cap=],
invalid kind=. Input: N M Q, M two-way roads `u v w`, Q queries `a b`."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW, MAXQ = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"]), int(opts["maxq"])
rng = random.Random(seed)


def text(n, edges, queries):
    return (f"{n} {len(edges)} {len(queries)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
            + "".join(f"{a} {b}\n" for a, b in queries))


def random_edges(n, m, cap):
    if n < 2:
        return []
    return [(*rng.sample(range(1, n + 1), 2), rng.randint(1, cap)) for _ in range(m)]


def random_queries(n, q):
    return [(rng.randint(1, n), rng.randint(1, n)) for _ in range(q)]


if mode == "sample":
    # Two groups with no road between them (answer -1), a detour cheaper than the direct road, a query a -> a.
    n = rng.randint(5, 6)
    p = rng.sample(range(1, n + 1), n)
    x, y = rng.randint(2, 6), rng.randint(2, 6)
    edges = [(p[0], p[1], x), (p[1], p[2], y), (p[0], p[2], x + y + rng.randint(1, 4)), (p[3], p[4], rng.randint(1, 9))]
    if n == 6:
        edges.append((p[4], p[5], rng.randint(1, 9)))
    rng.shuffle(edges)
    out = text(n, edges, [(p[2], p[0]), (p[0], p[3]), (p[4], p[3]), (p[1], p[1])])
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([3, 50, MAXW])))
    m = 0 if n < 2 else rng.randint(0, min(MAXM, n * (n - 1) // 2 + 2))
    out = text(n, random_edges(n, m, cap), random_queries(n, rng.randint(1, min(MAXQ, 3 * n))))
elif mode == "fixed":
    name = opts["name"]
    out = {"single": text(1, [], [(1, 1)]),
           "two_none": text(2, [], [(1, 2), (2, 1), (2, 2)]),
           "two_back": text(2, [(2, 1, MAXW)], [(1, 2), (2, 1)]),
           "parallel": text(3, [(1, 2, 9), (2, 1, 4), (1, 2, 7), (2, 3, 5), (3, 2, 5)], [(1, 3), (3, 1), (2, 3)]),
           "tie": text(4, [(1, 2, 2), (2, 4, 2), (1, 3, 1), (3, 4, 3), (1, 4, 4)], [(1, 4), (4, 1), (2, 3)])}[name]
elif mode == "chain":
    # The longest possible route: every road of a shuffled chain at the largest length (the answer exceeds 10^9).
    n = MAXN
    order = rng.sample(range(1, n + 1), n)
    edges = [(order[i], order[i + 1], MAXW) for i in range(n - 1)]
    rng.shuffle(edges)
    queries = [(order[0], order[-1]), (order[-1], order[0])] + random_queries(n, min(MAXQ, int(opts.get("q", "20"))) - 2)
    out = text(n, edges, queries)
elif mode == "dense":
    n = MAXN
    out = text(n, random_edges(n, MAXM, min(MAXW, int(opts.get("cap", MAXW)))), random_queries(n, MAXQ))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(1, 2, 1)], [(1, 2)]), "q_zero": text(3, [(1, 2, 1)], []),
           "w_too_big": text(3, [(1, 2, MAXW + 1)], [(1, 2)]), "self_loop": text(3, [(2, 2, 1)], [(1, 2)]),
           "query_out": text(3, [(1, 2, 1)], [(1, 4)]), "w_zero": text(3, [(1, 2, 0)], [(1, 2)]),
           "missing_query": "3 1 2\n1 2 1\n1 2\n", "too_many_queries": text(2, [(1, 2, 1)], [(1, 2)] * (MAXQ + 1)),
           "double_space": "3 1 1\n1 2 1\n1  2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
