"""Test generator for topological_sort.reach_count (testlib style): python gen.py SEED MODE [key=value ...] prints
one input. Params: maxn, maxm.

Modes: sample kind=hand|random; random lo= hi= mcap=; fixed name=...; dag n= m=; layered n= m= width= (layers of
`width` vertices, edges only to the next layer: many paths, so path-summing overcounts enormously); chain n= m=
(a Hamiltonian path plus forward shortcuts: every vertex reaches everything after it); invalid kind=...
Sizes may name a bound (n=maxn, m=maxm)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def size(name, default=None):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges):
    edges = list(edges)
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def hidden(n):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return order


def forward(order, m, edges=None):
    edges = set() if edges is None else edges
    n = len(order)
    m = min(m, n * (n - 1) // 2)
    while len(edges) < m:
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            i, j = min(i, j), max(i, j)
            edges.add((order[i], order[j]))
    return edges


def layered(n, m, width):
    order = hidden(n)
    layers = [order[i:i + width] for i in range(0, n, width)]
    edges = set()
    pairs = sum(len(a) * len(b) for a, b in zip(layers, layers[1:]))
    m = min(m, pairs)
    while len(edges) < m:
        k = rng.randrange(len(layers) - 1)
        edges.add((rng.choice(layers[k]), rng.choice(layers[k + 1])))
    return edges


def hand():
    # a diamond 1 -> 2, 1 -> 3, 2 -> 4, 3 -> 4 and a tail 4 -> 5: from 1 there are two ways to 4 and 5, but each
    # is counted once; 6 is alone (renamed by the seed)
    name = hidden(6)
    edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]
    return render(6, {(name[u - 1], name[v - 1]) for u, v in edges})


def fixed(which):
    cases = {
        "single": (1, []),
        "pair": (2, [(2, 1)]),
        "no_edges": (4, []),
        "diamond": (4, [(1, 2), (1, 3), (2, 4), (3, 4)]),
        "complete": (6, [(u, v) for u in range(1, 7) for v in range(1, 7) if u > v]),
        "ladder": (9, [(1, 2), (1, 3), (2, 4), (3, 4), (2, 5), (3, 5), (4, 6), (5, 6), (4, 7), (5, 7), (6, 8),
                       (7, 8), (8, 9)]),
    }
    n, edges = cases[which]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 0\n",
        "n_zero": "0 0\n",
        "self_loop": "3 2\n1 2\n2 2\n",
        "duplicate_edge": "3 2\n1 2\n1 2\n",
        "vertex_out_of_range": "3 2\n1 2\n2 4\n",
        "cycle": "3 3\n1 2\n2 3\n3 1\n",
        "double_space": "3 1\n1  2\n",
        "leading_zero": "3 1\n01 2\n",
        "missing_edge": "3 2\n1 2\n",
        "extra_line": "3 1\n1 2\n3\n",
        "no_final_newline": "3 1\n1 2",
    }
    if kind == "m_too_big":
        pairs = ((i, j) for i in range(1, MAXN + 1) for j in range(i + 1, MAXN + 1))
        edges = [next(pairs) for _ in range(MAXM + 1)]
        return f"{MAXN} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return cases[kind]


if mode == "sample":
    if opts.get("kind", "hand") == "hand":
        out = hand()
    else:
        n = rng.randint(5, 7)
        out = render(n, forward(hidden(n), rng.randint(4, 8)))
elif mode == "random":
    n = rng.randint(size("lo"), min(MAXN, size("hi")))
    out = render(n, forward(hidden(n), rng.randint(0, min(int(opts["mcap"]), n * (n - 1) // 2))))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "dag":
    out = render(size("n"), forward(hidden(size("n")), size("m")))
elif mode == "layered":
    out = render(size("n"), layered(size("n"), size("m"), int(opts["width"])))
elif mode == "chain":
    n = size("n")
    order = hidden(n)
    out = render(n, forward(order, size("m"), set(zip(order, order[1:]))))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
