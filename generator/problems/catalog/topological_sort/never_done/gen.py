"""Test generator for topological_sort.never_done (testlib style): python gen.py SEED MODE [key=value ...] prints one
input. Params: maxn, maxm.

Modes: sample kind=hand|random; random lo= hi= mcap= [cyc=P]; fixed name=...; dag n= m= [cycles=C] (C short cycles
closed inside a random DAG, with everything after them stuck); chain n= [cycle=1] (one long path, optionally a
2-cycle at its start so almost everything is stuck); isolated n= m= (a DAG on half the vertices, the other half
without pairs); invalid kind=... Sizes may name a bound (n=maxn, m=maxm)."""
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


def add_cycle(order, edges, span=4):
    """A path of the hidden order from i to j (j - i <= span) closed by the edge j -> i."""
    n = len(order)
    if n < 2:
        return edges
    i = rng.randrange(n - 1)
    j = rng.randint(i + 1, min(n - 1, i + span))
    path = order[i:j + 1]
    edges |= set(zip(path, path[1:]))
    if j - i >= 2:  # keep the path: for two vertices the path edge itself is half of the 2-cycle
        edges.discard((order[i], order[j]))
    edges.add((order[j], order[i]))
    return edges


def random_case(n, mcap, cyc):
    order = hidden(n)
    edges = forward(order, rng.randint(0, min(mcap, n * (n - 1) // 2)))
    while rng.random() < cyc:
        edges = add_cycle(order, edges)
        cyc /= 2
    return render(n, edges)


def hand():
    # 1 -> 2 -> 3 -> 1 is a cycle, 3 -> 4 waits for it, 5 -> 6 is fine, 7 has no pair (renamed by the seed)
    name = hidden(7)
    edges = [(1, 2), (2, 3), (3, 1), (3, 4), (5, 6), (5, 4)]
    return render(7, {(name[u - 1], name[v - 1]) for u, v in edges})


def fixed(which):
    cases = {
        "single": (1, []),
        "two_cycle": (2, [(1, 2), (2, 1)]),
        "pair": (2, [(2, 1)]),
        "isolated_only": (5, []),
        "cycle_and_isolated": (4, [(2, 3), (3, 2)]),
        "two_parents": (5, [(1, 2), (2, 1), (3, 4), (2, 4), (4, 5)]),
        "all_cycle": (4, [(1, 2), (2, 3), (3, 4), (4, 1)]),
    }
    n, edges = cases[which]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 1\n1 2\n",
        "n_zero": "0 0\n",
        "self_loop": "4 3\n1 2\n2 2\n1 4\n",
        "duplicate_edge": "4 3\n1 2\n1 2\n1 4\n",
        "vertex_out_of_range": "4 3\n1 2\n2 5\n1 4\n",
        "vertex_zero": "4 3\n1 2\n0 3\n1 4\n",
        "double_space": "4 3\n1  2\n2 3\n1 4\n",
        "leading_zero": "4 3\n01 2\n2 3\n1 4\n",
        "missing_edge": "4 3\n1 2\n2 3\n",
        "extra_line": "4 3\n1 2\n2 3\n1 4\n5\n",
        "no_final_newline": "4 3\n1 2\n2 3\n1 4",
    }
    if kind == "m_too_big":
        pairs = ((i, j) for i in range(1, MAXN + 1) for j in range(i + 1, MAXN + 1))
        edges = [next(pairs) for _ in range(MAXM + 1)]
        return f"{MAXN} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    return cases[kind]


if mode == "sample":
    out = hand() if opts.get("kind", "hand") == "hand" else random_case(rng.randint(5, 7), 7, 0.7)
elif mode == "random":
    out = random_case(rng.randint(size("lo"), min(MAXN, size("hi"))), int(opts["mcap"]), float(opts.get("cyc", "0.5")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "dag":
    n, cycles = size("n"), int(opts.get("cycles", "0"))
    order = hidden(n)
    edges = forward(order, size("m") - 5 * cycles)
    for _ in range(cycles):
        edges = add_cycle(order, edges)
    out = render(n, edges)
elif mode == "chain":
    n = size("n")
    order = hidden(n)
    edges = set(zip(order, order[1:]))
    if opts.get("cycle") == "1":
        edges.discard((order[0], order[1]))
        edges |= {(order[1], order[2]), (order[2], order[1])}
    out = render(n, edges)
elif mode == "isolated":
    n = size("n")
    out = render(n, forward(hidden(n)[:n // 2], size("m")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
