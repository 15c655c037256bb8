"""Test generator for the cycle_detection graph tasks (testlib style): python gen.py SEED MODE [key=value ...]
prints `N M` then M lines `u v`. Params: maxn, maxm, directed (0: no pair twice in either order; 1: no ordered
pair twice). No self-loops.

Modes: sample kind=hand|hand2; random lo= hi= mcap= [cyc=P] (an acyclic graph, with probability P one cycle
added); fixed name=...; acyclic n= m= (a forest / a DAG of up to m edges); cyclic n= m= [len=] [fill=1] (acyclic plus one
cycle of the given length, placed deep; fill=1 then adds random edges up to exactly m, for the bound on M: a forest
has at most n - 1 edges); chain n= [close=1]; invalid kind=... Sizes may name a bound."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, DIRECTED = int(opts["maxn"]), int(opts["maxm"]), opts["directed"] == "1"
rng = random.Random(seed)


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges):
    edges = list(edges)
    rng.shuffle(edges)
    if not DIRECTED:
        edges = [(u, v) if rng.random() < 0.5 else (v, u) for u, v in edges]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def acyclic(n, m):
    """A random DAG (directed) or forest (undirected) over a hidden order of the vertices; returns order, edges."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = set()
    if DIRECTED:
        m = min(m, n * (n - 1) // 2)
        while len(edges) < m:
            i, j = sorted(rng.sample(range(n), 2)) if n >= 2 else (0, 0)
            edges.add((order[i], order[j]))
    else:
        for i in range(1, min(n, m + 1)):
            j = rng.randrange(max(0, i - rng.choice((1, 2, i))), i)
            edges.add((order[j], order[i]))
        # Shuffle which vertices the forest skipped so isolated vertices are not all at the end of the order.
    return order, edges


def add_cycle(n, order, edges, length):
    """Close one cycle of the given length along the hidden order, late in the order (far from the sources)."""
    length = max(2 if DIRECTED else 3, min(length, n))
    start = n - length - rng.randrange(max(1, min(n - length + 1, 5)))
    start = max(0, start)
    chain = order[start:start + length]
    cycle = set(zip(chain, chain[1:])) | {(chain[-1], chain[0])}
    if not DIRECTED:
        edges.discard((chain[0], chain[-1]))
    edges |= cycle
    return edges, cycle


def trim(edges, keep):
    """Drop random non-cycle edges until at most maxm remain."""
    extra = [e for e in edges if e not in keep]
    rng.shuffle(extra)
    while len(edges) > MAXM:
        edges.discard(extra.pop())
    return edges


HAND = {  # (n, edges) with a cycle; hand2 without one
    False: ((7, [(1, 2), (2, 3), (3, 4), (4, 2), (5, 6)]), (7, [(1, 2), (2, 3), (2, 4), (5, 6), (6, 7)])),
    True: ((6, [(1, 2), (2, 3), (3, 4), (4, 2), (1, 5), (5, 6)]), (6, [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 5)])),
}


def sample(kind):
    n, edges = HAND[DIRECTED][0 if kind == "hand" else 1]
    names = list(range(2, n + 1))
    rng.shuffle(names)
    names = [1] + names  # vertex 1 stays 1: a search from 1 walks the tail 1 -> 2 before it meets the cycle
    return render(n, [(names[u - 1], names[v - 1]) for u, v in edges])


FIXED = {
    "single": (1, []),
    "two_edge": (2, [(1, 2)]),
    "two_cycle": (2, [(1, 2), (2, 1)]),  # directed only
    "triangle": (3, [(1, 2), (2, 3), (3, 1)]),
    "triangle_isolated": (6, [(2, 4), (4, 6), (6, 2)]),
    "diamond": (4, [(1, 2), (1, 3), (2, 4), (3, 4)]),
    "star": (6, [(1, v) for v in range(2, 7)]),
    "path_back": (5, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 3)]),
    "tail_into_cycle": (6, [(6, 5), (5, 4), (4, 1), (1, 2), (2, 3), (3, 4)]),
    "all_forward": (6, [(u, v) for u in range(1, 7) for v in range(u + 1, 7)]),
    "square": (4, [(1, 2), (2, 3), (3, 4), (4, 1)]),
    "two_trees": (8, [(1, 2), (1, 3), (4, 5), (5, 6), (5, 7)]),
}


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 1\n1 2\n",
        "n_zero": "0 0\n",
        "self_loop": "3 2\n1 2\n2 2\n",
        "duplicate_edge": "3 2\n1 2\n1 2\n",
        "reverse_duplicate": "3 2\n1 2\n2 1\n",
        "vertex_out_of_range": "3 2\n1 2\n2 4\n",
        "vertex_zero": "3 2\n1 2\n0 3\n",
        "double_space": "3 2\n1  2\n2 3\n",
        "leading_zero": "3 2\n01 2\n2 3\n",
        "missing_edge": "3 3\n1 2\n2 3\n",
        "no_final_newline": "3 2\n1 2\n2 3",
    }
    if kind == "m_too_big":
        n = MAXN
        while n * (n - 1) // 2 < MAXM + 1:
            n += 1
        pairs = ((i, j) for i in range(1, n + 1) for j in range(i + 1, n + 1))
        return f"{n} {MAXM + 1}\n" + "".join("%d %d\n" % next(pairs) for _ in range(MAXM + 1))
    return cases[kind]


if mode == "sample":
    out = sample(opts.get("kind"))
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "8")))
    order, edges = acyclic(n, rng.randint(0, int(opts["mcap"])))
    if n >= 3 and rng.random() < float(opts.get("cyc", "0.5")):
        edges = add_cycle(n, order, edges, rng.randint(2, n))[0]
    out = render(n, edges)
elif mode == "fixed":
    out = render(*FIXED[opts["name"]])
elif mode == "acyclic":
    n = size("n", "maxn")
    out = render(n, acyclic(n, size("m", "maxm"))[1])
elif mode == "cyclic":
    n = size("n", "maxn")
    order, edges = acyclic(n, size("m", "maxm"))
    edges, cycle = add_cycle(n, order, edges, size("len", "3"))
    if opts.get("fill") == "1":
        m = min(size("m", "maxm"), n * (n - 1) // (1 if DIRECTED else 2))
        seen = edges | ({(v, u) for u, v in edges} if not DIRECTED else set())
        while len(edges) < m:
            u, v = rng.sample(range(1, n + 1), 2)
            if (u, v) not in seen:
                seen |= {(u, v), (v, u)} if not DIRECTED else {(u, v)}
                edges.add((u, v))
    out = render(n, trim(edges, cycle))
elif mode == "chain":
    n = size("n", "maxn")
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = set(zip(order, order[1:]))
    if opts.get("close") == "1":
        edges.add((order[-1], order[0]))
    out = render(n, edges)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
