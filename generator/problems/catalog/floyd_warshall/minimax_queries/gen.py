"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxq, maxh. Modes: sample, random lo= hi= [cap=], fixed name=, chain n= [q=] (a one-way chain
over shuffled labels with low edges beside high shortcuts), max [cap=] [m=], invalid kind=.
Input: N M Q, M one-way edges `u v h` (u != v, parallel edges allowed), then Q queries `a b` (a != b)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXQ, MAXH = (int(opts[k]) for k in ("maxn", "maxm", "maxq", "maxh"))
rng = random.Random(seed)


def text(n, edges, queries):
    return (f"{n} {len(edges)} {len(queries)}\n" + "".join(f"{u} {v} {h}\n" for u, v, h in edges)
            + "".join(f"{a} {b}\n" for a, b in queries))


def queries(n, q):
    return [tuple(rng.sample(range(1, n + 1), 2)) for _ in range(q)]


def num(key, default):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM, "maxq": MAXQ}.get(value) or int(value)


def minimax(n, edges, k_innermost=False):
    """Smallest largest level from every node to every other (None: no route); k_innermost=True runs the loops
    in the order i, j, k (wa_k_innermost)."""
    d = [[None] * (n + 1) for _ in range(n + 1)]
    for u, v, h in edges:
        if d[u][v] is None or h < d[u][v]:
            d[u][v] = h
    loops = ((i, j, k) for i in range(1, n + 1) for j in range(1, n + 1) for k in range(1, n + 1)) if k_innermost \
        else ((i, j, k) for k in range(1, n + 1) for i in range(1, n + 1) for j in range(1, n + 1))
    for i, j, k in loops:
        if d[i][k] is not None and d[k][j] is not None and (d[i][j] is None or max(d[i][k], d[k][j]) < d[i][j]):
            d[i][j] = max(d[i][k], d[k][j])
    return d


if mode == "sample":
    # q0 -> q3 directly over a high edge, or over three low edges; one pair with no route at all. The high edge
    # is shorter than the three low ones together, so the route of the smallest sum (wa_cheapest_sum_route) is
    # the high edge; redrawn until the loops in the order i, j, k (wa_k_innermost) also answer some question wrong.
    while True:
        n = rng.randint(5, 6)
        p = rng.sample(range(1, n + 1), n)
        low = rng.sample(range(2, 9), 3)
        high = rng.randint(10, 15)
        edges = [(p[0], p[3], high), (p[0], p[1], low[0]), (p[1], p[2], low[1]), (p[2], p[3], low[2]),
                 (p[3], p[4], rng.randint(1, 15)), (p[2], p[0], rng.randint(1, 15))]
        if n == 6:
            edges.append((p[5], p[1], rng.randint(1, 15)))
        rng.shuffle(edges)
        qs = [(p[0], p[3]), (p[1], p[4]), (p[4], p[0]), (p[3], p[0]), (p[2], p[4])]
        right, wrong = minimax(n, edges), minimax(n, edges, k_innermost=True)
        if high < sum(low) and any(right[a][b] != wrong[a][b] for a, b in qs):
            break
    out = text(n, edges, qs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXH, int(opts.get("cap") or rng.choice([3, 20, MAXH])))
    m = rng.randint(0, min(MAXM, 2 * n))
    edges = [(*rng.sample(range(1, n + 1), 2), rng.randint(1, cap)) for _ in range(m)]
    out = text(n, edges, queries(n, rng.randint(1, min(MAXQ, 3 * n))))
elif mode == "fixed":
    name = opts["name"]
    H = MAXH
    out = {"two_none": text(2, [(2, 1, 5)], [(1, 2), (2, 1)]),
           "two_max": text(2, [(1, 2, H), (1, 2, H - 1)], [(1, 2), (2, 1)]),
           "detour_lower": text(3, [(1, 3, 5), (1, 2, 4), (2, 3, 4)], [(1, 3), (1, 2), (3, 1)]),
           "detour_longer": text(4, [(1, 4, 6), (1, 2, 5), (2, 3, 5), (3, 4, 5)], [(1, 4), (2, 4), (4, 1)]),
           "sum_trap": text(3, [(1, 3, 10), (1, 2, 6), (2, 3, 6)], [(1, 3), (2, 3)]),
           "equal": text(3, [(1, 2, 7), (2, 3, 7), (1, 3, 7)], [(1, 3), (3, 2), (2, 3)]),
           "back_way": text(3, [(2, 1, 1), (3, 2, 1), (1, 3, 9)], [(1, 2), (2, 3), (3, 1)])}[name]
elif mode == "chain":
    n = min(MAXN, num("n", "maxn"))
    order = rng.sample(range(1, n + 1), n)
    edges = [(order[i], order[i + 1], rng.randint(1, MAXH // 2)) for i in range(n - 1)]
    for _ in range(n):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append((order[i], order[j], rng.randint(MAXH // 2 + 1, MAXH)))
    rng.shuffle(edges)
    q = min(MAXQ, num("q", str(3 * n)))
    qs = [(order[i], order[j]) for i, j in (sorted(rng.sample(range(n), 2)) for _ in range(q))]
    out = text(n, edges, qs)
elif mode == "max":
    n, m = MAXN, min(MAXM, num("m", "maxm"))
    cap = min(MAXH, int(opts.get("cap", MAXH)))
    edges = [(*rng.sample(range(1, n + 1), 2), rng.randint(1, cap)) for _ in range(m)]
    out = text(n, edges, queries(n, MAXQ))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(1, 2, 1)], [(1, 2)]), "n_one": "1 0 1\n1 1\n",
           "h_zero": text(2, [(1, 2, 0)], [(1, 2)]), "h_too_big": text(2, [(1, 2, MAXH + 1)], [(1, 2)]),
           "self_loop": text(2, [(2, 2, 1)], [(1, 2)]), "same_query": text(2, [(1, 2, 1)], [(2, 2)]),
           "query_out": text(2, [(1, 2, 1)], [(1, 3)]), "q_zero": text(2, [(1, 2, 1)], []),
           "missing_query": "2 1 2\n1 2 1\n1 2\n", "too_many_edges": text(2, [(1, 2, 1)] * (MAXM + 1), [(1, 2)]),
           "double_space": "2 1 1\n1  2 1\n1 2\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
