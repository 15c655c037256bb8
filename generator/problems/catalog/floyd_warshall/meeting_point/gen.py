"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw. Modes: sample, sample_random, random lo= hi= [cap=], fixed name=, path n=, dense [cap=], invalid kind=.
Input: N M, then M two-way roads `u v w` (u != v, parallel roads allowed); the roads connect all vertices."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def text(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def meeting(n, edges, k_innermost=False):
    """(place, sum) by Floyd-Warshall; k_innermost: the loops in the order i, j, k (a wrong order)."""
    inf = float("inf")
    d = [[0 if i == j else inf for j in range(n + 1)] for i in range(n + 1)]
    for u, v, w in edges:
        d[u][v] = d[v][u] = min(d[u][v], w)
    for a in range(1, n + 1):
        for b in range(1, n + 1):
            for c in range(1, n + 1):
                k, i, j = (c, a, b) if k_innermost else (a, b, c)
                d[i][j] = min(d[i][j], d[i][k] + d[k][j])
    return min((sum(d[v][1:]), v) for v in range(1, n + 1))


def connected(n, m, cap):
    """A random spanning tree over shuffled labels plus random extra roads, in random order."""
    order = rng.sample(range(1, n + 1), n)
    edges = [(order[i], order[rng.randrange(i)], rng.randint(1, cap)) for i in range(1, n)]
    while len(edges) < m:
        u, v = rng.sample(range(1, n + 1), 2)
        edges.append((u, v, rng.randint(1, cap)))
    rng.shuffle(edges)
    return [(u, v, w) if rng.random() < 0.5 else (v, u, w) for u, v, w in edges]


if mode == "sample":
    # A path-like town where the middle wins, and a cheap detour beating a direct road.
    n = rng.randint(5, 6)
    q = rng.sample(range(1, n + 1), n)
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    edges = [(q[0], q[1], a), (q[1], q[2], b), (q[0], q[2], a + b + rng.randint(1, 4)), (q[2], q[3], rng.randint(1, 5)),
             (q[3], q[4], rng.randint(1, 5)), (q[1], q[4], rng.randint(6, 12))]
    if n == 6:
        edges.append((q[5], q[rng.randrange(5)], rng.randint(1, 6)))
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "sample_random":  # redrawn until Floyd-Warshall with the middle vertex innermost answers wrongly
    while True:
        n = 6  # with 4 or 5 places the wrong order never matters
        edges = connected(n, n - 1 + rng.randint(0, 1), 9)
        if meeting(n, edges) != meeting(n, edges, k_innermost=True):
            break
    out = text(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([2, 20, MAXW])))
    m = 0 if n == 1 else n - 1 + rng.randint(0, min(MAXM - n + 1, n * 2))
    out = text(n, connected(n, m, cap))
elif mode == "fixed":
    name = opts["name"]
    W = MAXW
    out = {"single": text(1, []), "two": text(2, [(2, 1, W)]),
           "all_tie": text(3, [(1, 2, 5), (2, 3, 5), (3, 1, 5)]),
           "tie_high": text(4, [(4, 1, 2), (4, 2, 2), (3, 1, 2), (3, 2, 2)]),
           "detour": text(3, [(1, 3, 10), (1, 2, 3), (2, 3, 3)]),
           "parallel": text(3, [(1, 2, 9), (2, 1, 1), (2, 3, 4), (3, 2, 2)]),
           "far_hub": text(4, [(1, 2, 1), (1, 3, 1), (1, 4, 1), (2, 3, 1), (3, 4, 1), (2, 4, 1)]),
           "star_heavy": text(5, [(3, 1, W), (3, 2, W), (3, 4, W), (3, 5, W)])}[name]
elif mode == "path":
    n = min(MAXN, int(opts["n"]) if opts["n"] != "maxn" else MAXN)
    order = rng.sample(range(1, n + 1), n)
    edges = [(order[i], order[i + 1], rng.randint(1, MAXW)) for i in range(n - 1)]
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "dense":
    out = text(MAXN, connected(MAXN, MAXM, min(MAXW, int(opts.get("cap", MAXW)))))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(i, i + 1, 1) for i in range(1, MAXN + 1)]), "n_zero": "0 0\n",
           "w_zero": text(2, [(1, 2, 0)]), "w_too_big": text(2, [(1, 2, MAXW + 1)]),
           "self_loop": text(2, [(1, 2, 1), (2, 2, 1)]), "vertex_too_big": text(2, [(1, 3, 1)]),
           "disconnected": text(4, [(1, 2, 1), (3, 4, 1)]), "missing_edge": "3 2\n1 2 1\n",
           "too_many_edges": text(2, [(1, 2, 1)] * (MAXM + 1)), "double_space": "2 1\n1  2 1\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
