"""Test generator for topological_sort.any_order (testlib style): python gen.py SEED MODE [key=value ...] prints one
input. Params: maxn, maxm.

Modes: sample kind=hand|cycle; random lo= hi= mcap= [cycle=P]; fixed name=...; late_cycle n= (a long DAG and one
cycle far from the sources); chain n= (one long path, labels shuffled); big [cycle=1] [dense=1]; invalid kind=...
Sizes may name a bound (n=maxn)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def size(name, default):
    value = opts.get(name, default)
    return MAXN if value == "maxn" else int(value)


def render(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def dag(n, m):
    """Random DAG: edges go forward in a hidden random order of the vertices; at most m distinct edges."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    m = min(m, n * (n - 1) // 2)
    edges = set()
    while len(edges) < m:
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j:
            continue
        if i > j:
            i, j = j, i
        edges.add((order[i], order[j]))
    return order, edges


def with_cycle(n, order, edges, length):
    """Close a cycle along the hidden order: length consecutive vertices, then one edge back."""
    start = rng.randrange(max(1, n - length + 1))
    chain = order[start:start + length]
    for a, b in zip(chain, chain[1:]):
        edges.add((a, b))
    edges.discard((chain[0], chain[-1]))
    edges.add((chain[-1], chain[0]))
    return edges


def finish(n, edges):
    edges = list(edges)
    rng.shuffle(edges)
    return render(n, edges)


def random_case(n, mcap, cycle_p):
    m = rng.randint(0, min(mcap, n * (n - 1) // 2))
    order, edges = dag(n, m)
    if n >= 2 and rng.random() < cycle_p:
        edges = with_cycle(n, order, edges, rng.randint(2, min(n, 4)))
    return finish(n, edges)


def hand():
    # Several valid orders: 1 and 2 have no prerequisite; 3 needs both; 4 needs 1; 5 needs 3; 6 needs 4. 5 has
    # fewer prerequisites than 3 yet comes after it, so ordering by the number of prerequisites fails.
    names = list(range(1, 7))
    rng.shuffle(names)
    edges = [(1, 3), (2, 3), (1, 4), (3, 5), (4, 6)]
    return finish(6, {(names[u - 1], names[v - 1]) for u, v in edges})


def cycle_sample():
    # 1 -> 2 -> 3 -> 1 is a cycle, 4 hangs off it, and 5 leads into it: Kahn's queue outputs 5 before it stalls,
    # so a program that prints the partial order instead of -1 fails this sample.
    names = list(range(1, 6))
    rng.shuffle(names)
    return finish(5, {(names[u - 1], names[v - 1]) for u, v in [(1, 2), (2, 3), (3, 1), (3, 4), (5, 1)]})


def fixed(name):
    cases = {
        "single": (1, []),
        "no_edges": (5, []),
        "two_cycle": (2, [(1, 2), (2, 1)]),
        "two_edge": (2, [(2, 1)]),
        "star_in": (5, [(2, 1), (3, 1), (4, 1), (5, 1)]),
        "diamond": (4, [(4, 2), (4, 3), (2, 1), (3, 1)]),
        "cycle_with_isolated": (5, [(2, 3), (3, 4), (4, 2)]),
        "all_pairs": (6, [(u, v) for u in range(1, 7) for v in range(1, 7) if u > v]),
    }
    n, edges = cases[name]
    return render(n, edges)


def late_cycle(n):
    # A DAG on most vertices, plus a 3-cycle that only vertices deep in the order lead to: Kahn's queue
    # outputs almost everything before it stalls, so an answer that prints the partial order looks plausible.
    order, edges = dag(n, min(MAXM - 4, 2 * n))
    a, b, c = order[-3:]
    edges |= {(a, b), (b, c), (c, a)}
    edges.discard((a, c))
    return finish(n, edges)


def chain(n):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return finish(n, set(zip(order, order[1:])))


def big():
    n = MAXN
    if opts.get("dense") == "1":
        n = min(MAXN, 700)
    order, edges = dag(n, MAXM - 1)
    if opts.get("cycle") == "1":
        edges = with_cycle(n, order, edges, 2)
        while len(edges) > MAXM:
            edges.pop()
    return finish(n, edges)


def invalid(kind):
    base = "4 3\n1 2\n2 3\n1 4\n"
    cases = {
        "n_too_big": f"{MAXN + 1} 1\n1 2\n",
        "n_zero": "0 0\n",
        "m_too_big": None,
        "self_loop": "4 3\n1 2\n2 2\n1 4\n",
        "duplicate_edge": "4 3\n1 2\n1 2\n1 4\n",
        "vertex_out_of_range": "4 3\n1 2\n2 5\n1 4\n",
        "vertex_zero": "4 3\n1 2\n0 3\n1 4\n",
        "double_space": "4 3\n1  2\n2 3\n1 4\n",
        "leading_zero": "4 3\n01 2\n2 3\n1 4\n",
        "missing_edge": "4 3\n1 2\n2 3\n",
        "no_final_newline": base[:-1],
    }
    if kind == "m_too_big":
        # One pair too many, still a simple graph: forward pairs i < j of the first vertices.
        pairs = ((i, j) for i in range(1, MAXN + 1) for j in range(i + 1, MAXN + 1))
        return render(MAXN, [next(pairs) for _ in range(MAXM + 1)])
    return cases[kind]


if mode == "sample":
    out = hand() if opts.get("kind") == "hand" else cycle_sample()
elif mode == "random":
    n = rng.randint(size("lo", "1"), min(MAXN, size("hi", "8")))
    out = random_case(n, int(opts["mcap"]), float(opts.get("cycle", "0.25")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "late_cycle":
    out = late_cycle(size("n", "maxn"))
elif mode == "chain":
    out = chain(size("n", "maxn"))
elif mode == "big":
    out = big()
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
