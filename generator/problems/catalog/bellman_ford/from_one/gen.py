"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw. Modes: sample kind=plain|cycle, random lo= hi= [cycle=none|reach|apart], fixed name=,
max cycle= [order=chain] [reach=] [m=], invalid kind=. Input: N M, then M one-way edges `u v w` (u != v, |w| <= maxw).
Weights come from vertex potentials (w = p[v] - p[u] + extra, extra >= 0), so there is no negative cycle unless
one is planted on purpose."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def text(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def potential_edge(p, u, v, cap):
    """An edge u -> v that closes no negative cycle: w >= p[v] - p[u]."""
    low = p[v] - p[u]  # within [-cap, cap]: potentials lie in [-cap/2, cap/2]
    return (u, v, low + rng.randint(0, min(cap // 3 + 1, cap - low)))


def graph(n, m, cap, cycle="none", reach_prob=1.0, chain=False):
    """Vertex 1 reaches a random part of the graph; optionally a planted negative cycle reachable from 1
    ("reach") or only in a part that 1 cannot reach ("apart")."""
    half = max(1, cap // 2)
    p = [0] + [rng.randint(-half, half) for _ in range(n)]
    reach = [1] + [v for v in range(2, n + 1) if rng.random() < reach_prob]
    reached = set(reach)
    apart = [v for v in range(2, n + 1) if v not in reached]
    edges = []
    order = reach[:1] + rng.sample(reach[1:], len(reach) - 1)
    for i in range(1, len(order)):  # a tree (or a chain) from 1 over the reachable part
        parent = order[i - 1] if chain else order[rng.randrange(i)]
        edges.append(potential_edge(p, parent, order[i], cap))
    if chain:
        edges.reverse()  # relaxed in this order, each pass moves only one step along the chain
    while len(edges) < m:
        u, v = rng.sample(range(1, n + 1), 2)
        if u in reached and v not in reached:
            continue  # the part that 1 cannot reach stays unreachable (edges out of it are fine)
        edges.append(potential_edge(p, u, v, cap))
    pool = {"reach": order[-3:] if len(order) >= 3 else [], "apart": apart[:3] if len(apart) >= 3 else []}.get(cycle, [])
    if len(pool) >= 2:
        ring = pool
        for i in range(len(ring)):
            edges.append((ring[i], ring[(i + 1) % len(ring)], -cap if i == 0 else rng.randint(0, cap // 4)))
    if not chain:
        rng.shuffle(edges)
    return edges[:MAXM]


if mode == "sample":
    n = 5 if opts["kind"] == "plain" else rng.randint(4, 5)
    q = [1] + rng.sample(range(2, n + 1), n - 1)
    a, b, c = rng.randint(2, 6), rng.randint(3, 8), rng.randint(2, 5)
    if opts["kind"] == "plain":
        # A detour through a negative edge is cheaper than the direct edge; the last two vertices are unreachable,
        # and the negative edge between them changes nothing (no trip from 1 can use it).
        edges = [(q[0], q[1], a), (q[1], q[2], -b), (q[0], q[2], a - b + rng.randint(1, 4)), (q[2], q[1], b + 1)]
        if n == 5:
            edges.append((q[4], q[3], -c))
        else:
            edges.append((q[3], q[2], c))
    else:
        # q[1] -> q[2] -> q[1] has a negative total and is reachable from 1.
        edges = [(q[0], q[1], a), (q[1], q[2], b), (q[2], q[1], -b - 1), (q[2], q[3], c)]
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([5, 50, MAXW])))
    m = 0 if n < 2 else rng.randint(0, min(MAXM, 2 * n))
    cycle = opts.get("cycle") or rng.choice(["none", "none", "reach", "apart"])
    out = text(n, graph(n, m, cap, cycle, rng.choice([0.5, 0.8, 1.0])) if n >= 2 else [])
elif mode == "fixed":
    name = opts["name"]
    out = {"single": text(1, []), "two_none": text(2, []), "back_only": text(2, [(2, 1, -MAXW)]),
           "negative_edge": text(2, [(1, 2, -MAXW)]), "zero_cycle": text(3, [(1, 2, 3), (2, 1, -3), (2, 3, -1)]),
           "two_cycle": text(2, [(1, 2, 5), (2, 1, -6)]),
           "apart_cycle": text(4, [(1, 2, 1), (3, 4, -2), (4, 3, 1), (4, 2, -5)]),
           "parallel": text(3, [(1, 2, 4), (1, 2, -1), (2, 3, 2), (1, 3, 2)])}[name]
elif mode == "max":
    cycle = opts.get("cycle", "none")
    m = min(MAXM, int(opts.get("m", MAXM))) - (3 if cycle != "none" else 0)
    out = text(MAXN, graph(MAXN, m, MAXW, cycle,
                           float(opts.get("reach", "1.0")), opts.get("order") == "chain"))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(1, 2, 1)]), "n_zero": "0 0\n", "w_too_big": text(2, [(1, 2, MAXW + 1)]),
           "w_too_small": text(2, [(1, 2, -MAXW - 1)]), "self_loop": text(2, [(2, 2, 1)]),
           "vertex_out": text(2, [(1, 3, 1)]), "minus_zero": "2 1\n1 2 -0\n", "missing_line": "3 2\n1 2 1\n",
           "too_many": text(2, [(1, 2, 1)] * (MAXM + 1))}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
