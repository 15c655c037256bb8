"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxk, maxw. Modes: sample kind=detour|cycle, random lo= hi= [cap=] [neg=], fixed name=,
chain [k=] (a cheap route with more than K edges listed in route order, a dearer one within K),
max [neg=] [k=], invalid kind=.
Input: N M K, then M one-way edges `u v w` (u != v, |w| <= maxw). Negative cycles are allowed."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXK, MAXW = (int(opts[k]) for k in ("maxn", "maxm", "maxk", "maxw"))
rng = random.Random(seed)


def text(n, k, edges):
    return f"{n} {len(edges)} {k}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def relabel(n, edges):
    """Vertices 1 and N keep their roles, the others get a random permutation of labels."""
    perm = [0, 1] + rng.sample(range(2, n), n - 2) + [n]
    return [(perm[u], perm[v], w) for u, v, w in edges]


def random_edges(n, m, cap, neg):
    """Random edges; a fraction `neg` of them negative (negative cycles may appear, which is allowed)."""
    out = []
    for _ in range(m):
        u, v = rng.sample(range(1, n + 1), 2)
        w = -rng.randint(1, cap) if rng.random() < neg else rng.randint(0, cap)
        out.append((u, v, w))
    return out


def chain_case(n, k, m, cap):
    """The cheapest walk to N has k + 1 + extra edges and is listed in walk order (so relaxing in place rides it
    in one pass); a dearer route with exactly k edges is the answer. Plus k+1-edge bait and noise."""
    long_len = min(n - 1, k + 1 + rng.randint(0, 3))
    verts = [1] + rng.sample(range(2, n), long_len - 1) + [n]
    edges = [(verts[i], verts[i + 1], -rng.randint(cap // 2, cap)) for i in range(long_len)]
    others = [v for v in range(2, n) if v not in set(verts)]
    route_edges = []
    if k >= 2 and len(others) >= k - 1:
        mid = rng.sample(others, k - 1)
        path = [1] + mid + [n]
        route_edges = [(path[i], path[i + 1], rng.randint(0, cap // 4)) for i in range(k)]
    else:
        route_edges = [(1, n, rng.randint(0, cap))]
    noise = []
    while len(edges) + len(route_edges) + len(noise) < m:
        u, v = rng.sample(range(1, n + 1), 2)
        noise.append((u, v, rng.randint(cap // 2, cap)))  # dear edges never beat the planted routes
    rest = route_edges + noise
    rng.shuffle(rest)
    return edges + rest  # the long chain first, in walk order


if mode == "sample":
    n = rng.randint(6, 7)
    q = [1] + rng.sample(range(2, n), n - 2) + [n]
    a, b, c = rng.randint(3, 9), rng.randint(1, 4), rng.randint(1, 3)
    if opts["kind"] == "detour":
        # 4 cheap edges 1 -> q1 -> q2 -> q3 -> N, K = 3: the 2-edge route via q4 or the direct edge wins.
        k = 3
        edges = [(1, q[1], b), (q[1], q[2], -c), (q[2], q[3], b), (q[3], n, 1), (1, n, a + 9), (1, q[4], a),
                 (q[4], n, a)]
        if n == 7:
            edges.append((q[5], q[2], -b))
    else:
        # A negative cycle q1 -> q2 -> q1 that may be ridden as often as K allows.
        k = rng.randint(4, 6)
        edges = [(1, q[1], a), (q[1], q[2], -b - 1), (q[2], q[1], b), (q[2], n, c), (1, n, a + 5), (q[3], q[4], c)]
    rng.shuffle(edges)
    out = text(n, k, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([5, 50, MAXW])))
    neg = float(opts.get("neg") or rng.choice([0.0, 0.2, 0.5]))
    m = rng.randint(0, min(MAXM, 3 * n))
    k = rng.randint(1, min(MAXK, n + 2))
    out = text(n, k, random_edges(n, m, cap, neg))
elif mode == "chain":
    k = int(opts.get("k") or rng.randint(2, 6))
    n = rng.randint(max(2 * k + 6, 12), max(2 * k + 6, 30))
    n = min(n, MAXN)
    m = min(MAXM, n + rng.randint(k, 3 * n))
    out = text(n, k, relabel(n, chain_case(n, k, m, min(MAXW, 100))))
elif mode == "fixed":
    name = opts["name"]
    W = MAXW
    out = {"no_edges": text(2, 1, []),
           "direct": text(2, 1, [(1, 2, -W)]),
           "too_far": text(3, 1, [(1, 2, 1), (2, 3, 1)]),
           "exactly_k": text(4, 3, [(1, 2, 1), (2, 3, 1), (3, 4, 1), (1, 4, 10)]),
           "k_plus_one": text(4, 2, [(1, 2, 1), (2, 3, 1), (3, 4, 1), (1, 4, 10)]),
           "fewer_better": text(3, 3, [(1, 3, 2), (1, 2, 3), (2, 1, 3), (2, 3, 0)]),
           "neg_cycle": text(3, 5, [(1, 2, 0), (2, 1, -3), (2, 3, 1)]),
           "pass_target": text(3, 4, [(1, 3, 5), (3, 2, -4), (2, 3, -4)]),
           "parallel": text(3, 2, [(1, 2, 7), (1, 2, -2), (2, 3, 1), (1, 3, 0)]),
           "back_only": text(3, 2, [(3, 1, -5), (2, 1, -5)])}[name]
elif mode == "max":
    n, m = MAXN, MAXM
    k = int(opts.get("k") or MAXK)
    neg = float(opts.get("neg", "0.3"))
    edges = random_edges(n, m - n + 1, MAXW, neg)
    path = [1] + rng.sample(range(2, n), n - 2) + [n]  # a long path keeps distances changing every round
    edges += [(path[i], path[i + 1], rng.randint(-MAXW, MAXW)) for i in range(n - 1)]
    rng.shuffle(edges)
    out = text(n, k, edges)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, 1, [(1, 2, 1)]), "n_one": "1 0 1\n", "k_zero": text(2, 0, [(1, 2, 1)]),
           "k_too_big": text(2, MAXK + 1, [(1, 2, 1)]), "w_too_big": text(2, 1, [(1, 2, MAXW + 1)]),
           "w_too_small": text(2, 1, [(1, 2, -MAXW - 1)]), "self_loop": text(2, 1, [(2, 2, 1)]),
           "vertex_out": text(2, 1, [(1, 3, 1)]), "minus_zero": "2 1 1\n1 2 -0\n",
           "missing_line": "3 2 2\n1 2 1\n", "too_many": text(2, 1, [(1, 2, 1)] * (MAXM + 1)),
           "double_space": "2 1 1\n1  2 1\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
