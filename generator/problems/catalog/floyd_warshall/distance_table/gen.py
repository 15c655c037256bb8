"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw. Modes: sample, random lo= hi= [cap=], fixed name=, chain n=, dense, invalid kind=.
Input: N M, then M one-way edges `u v w` (u != v, parallel edges allowed)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def text(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def random_edges(n, m, cap):
    if n < 2:
        return []
    edges = []
    for _ in range(m):
        u, v = rng.sample(range(1, n + 1), 2)
        edges.append((u, v, rng.randint(1, cap)))
    return edges


def chain(n, cap):
    """A one-way chain over shuffled labels: the only route between its ends uses every vertex as a stop, in an
    order unrelated to the labels (a wrong loop order of Floyd-Warshall misses it)."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return [(order[i], order[i + 1], rng.randint(1, cap)) for i in range(n - 1)]


def table(n, edges, k_innermost=False, last_parallel=False):
    """All-pairs distances (None: no route); k_innermost=True runs the loops in the order i, j, k, a wrong
    Floyd-Warshall (wa_k_innermost) that settles each pair before the distances it is built from are final;
    last_parallel=True keeps the last of parallel edges, not the cheapest (wa_last_parallel_edge)."""
    d = [[0 if i == j else None for j in range(n + 1)] for i in range(n + 1)]
    for u, v, w in edges:
        if d[u][v] is None or w < d[u][v] or last_parallel:
            d[u][v] = w
    loops = ((i, j, k) for i in range(1, n + 1) for j in range(1, n + 1) for k in range(1, n + 1)) if k_innermost \
        else ((i, j, k) for k in range(1, n + 1) for i in range(1, n + 1) for j in range(1, n + 1))
    for i, j, k in loops:
        if d[i][k] is not None and d[k][j] is not None and (d[i][j] is None or d[i][k] + d[k][j] < d[i][j]):
            d[i][j] = d[i][k] + d[k][j]
    return d


if mode == "sample":
    # A detour cheaper than the direct edge, a parallel edge, and some pairs with no route at all; redrawn until
    # the loops in the wrong order (k innermost) leave some pair too long, and until keeping the later of the two
    # parallel edges does too.
    while True:
        n = rng.randint(4, 5)
        a, b, c, d = rng.sample(range(1, n + 1), 4)
        x, y = rng.randint(1, 4), rng.randint(1, 4)
        edges = [(a, b, x), (b, c, y), (a, c, x + y + rng.randint(2, 5)), (c, d, rng.randint(1, 9)),
                 (c, d, rng.randint(1, 9)), (d, b, rng.randint(1, 9))]
        rng.shuffle(edges)
        right = table(n, edges)
        if right != table(n, edges, k_innermost=True) and right != table(n, edges, last_parallel=True):
            break
    out = text(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([3, 20, MAXW])))
    m = 0 if n < 2 else rng.randint(0, min(MAXM, n * (n - 1)))
    out = text(n, random_edges(n, m, cap))
elif mode == "fixed":
    name = opts["name"]
    if name == "single":
        out = text(1, [])
    elif name == "two_none":
        out = text(2, [])
    elif name == "two_one_way":
        out = text(2, [(2, 1, MAXW)])
    elif name == "parallel":
        out = text(3, [(1, 2, 9), (1, 2, 4), (1, 2, 7), (2, 3, 5), (2, 3, 5), (3, 1, MAXW)])
    elif name == "detour_tie":
        out = text(3, [(1, 3, 6), (1, 2, 3), (2, 3, 3), (3, 2, 1)])
    else:
        raise SystemExit(f"unknown fixed case {name}")
elif mode == "chain":
    n = min(MAXN, int(opts["n"]) if opts["n"] != "maxn" else MAXN)
    edges = chain(n, MAXW)
    extra = min(MAXM - len(edges), int(opts.get("extra", "0")))
    edges += [(u, v, MAXW) for u, v, _ in random_edges(n, extra, 1)]
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "dense":
    out = text(MAXN, random_edges(MAXN, MAXM, int(opts.get("cap", MAXW))))
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(1, 2, 1)]), "n_zero": "0 0\n", "w_zero": text(3, [(1, 2, 0)]),
           "w_too_big": text(3, [(1, 2, MAXW + 1)]), "self_loop": text(3, [(2, 2, 1)]),
           "vertex_too_big": text(3, [(1, 4, 1)]), "missing_edge": "3 2\n1 2 1\n",
           "too_many_edges": text(2, [(1, 2, 1)] * (MAXM + 1)), "double_space": "3 1\n1  2 1\n"}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
