"""Test generator for topological_sort.priority_order (testlib style): python gen.py SEED MODE [key=value ...] prints
one input. Params: maxn, maxm.

Modes: sample kind=hand|hand2|random; random lo= hi= mcap= [cyc=P]; fixed name=...; dag n= m=; trap n= (blocks
where vertex 1 hides behind a large prerequisite while small free vertices tempt a min-heap); chains n= k= (k
interleaved chains with shuffled labels); cyclic n= m=; invalid kind=... Sizes may name a bound (n=maxn, m=maxm)."""
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


def add_cycle(order, edges, span=None):
    """A path of the hidden order from i to j closed by the edge j -> i (at most span + 1 new edges)."""
    n = len(order)
    if n < 2:
        return edges
    i, j = sorted(rng.sample(range(n), 2))
    if span is not None and j - i > span:
        j = i + span
    path = order[i:j + 1]
    edges |= set(zip(path, path[1:]))
    edges.discard((order[i], order[j]))
    edges.add((order[j], order[i]))
    return edges


def trap(n):
    """Blocks of three (a, b, c) with c -> a, where a is the smallest label of the block and b a middle one: the
    smallest-first order takes b early, the priority order must run c then a first. Labels otherwise shuffled."""
    labels = hidden(n)
    edges = set()
    blocks = [sorted(labels[i:i + 3]) for i in range(0, n - n % 3, 3)]
    for a, b, c in blocks:
        edges.add((c, a))
    # chain the blocks loosely so the graph is not a set of islands
    for (a1, _, _), (_, _, c2) in zip(blocks, blocks[1:]):
        if rng.random() < 0.5:
            edges.add((a1, c2))
    return edges


def chains(n, k):
    labels = hidden(n)
    groups = [labels[i::k] for i in range(k)]
    edges = set()
    for g in groups:
        edges |= set(zip(g, g[1:]))
    return edges


def orders(n, edges):
    """(smallest order, priority order) of a DAG: the two the statement contrasts."""
    import heapq
    adj, radj = [[] for _ in range(n + 1)], [[] for _ in range(n + 1)]
    indeg, outdeg = [0] * (n + 1), [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        radj[v].append(u)
        indeg[v] += 1
        outdeg[u] += 1
    heap = [v for v in range(1, n + 1) if indeg[v] == 0]
    small = []
    while heap:
        u = heapq.heappop(heap)
        small.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(heap, v)
    heap = [-v for v in range(1, n + 1) if outdeg[v] == 0]
    heapq.heapify(heap)
    back = []
    while heap:
        v = -heapq.heappop(heap)
        back.append(v)
        for u in radj[v]:
            outdeg[u] -= 1
            if outdeg[u] == 0:
                heapq.heappush(heap, -u)
    return small, back[::-1]


def hand():
    # A small DAG on which the lexicographically smallest order is NOT the answer (1 must wait for a larger
    # vertex while smaller ones are free); drawn at random until that holds, so samples differ between problems.
    while True:
        n = rng.randint(5, 7)
        edges = forward(hidden(n), rng.randint(3, n))
        small, best = orders(n, edges)
        if small != best and any(v == 1 for _, v in edges):
            return render(n, edges)


def hand2():
    # 1 waits for 3, which waits for 2, which waits for 6; 4 waits for 5. Vertex 1 keeps its name.
    rest = [2, 3, 4, 5, 6]
    rng.shuffle(rest)
    name = [0, 1] + rest
    return render(6, {(name[u], name[v]) for u, v in [(3, 1), (2, 3), (5, 4), (6, 2)]})


def fixed(which):
    cases = {
        "single": (1, []),
        "two_free": (2, []),
        "pair": (2, [(2, 1)]),
        "two_cycle": (2, [(1, 2), (2, 1)]),
        "classic": (3, [(3, 1)]),
        "descending": (8, [(i + 1, i) for i in range(1, 8)]),
        "cycle_with_free": (4, [(2, 3), (3, 2)]),
        "heap_trap": (6, [(6, 1), (5, 2), (4, 3)]),
        "far_one": (6, [(2, 1), (3, 2), (4, 3)]),
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


def random_case(n, mcap, cyc):
    order = hidden(n)
    edges = forward(order, rng.randint(0, min(mcap, n * (n - 1) // 2)))
    if rng.random() < cyc:
        edges = add_cycle(order, edges)
    return render(n, edges)


if mode == "sample":
    kind = opts.get("kind", "hand")
    out = hand() if kind == "hand" else hand2() if kind == "hand2" else random_case(rng.randint(5, 7), 6, 0)
elif mode == "random":
    out = random_case(rng.randint(size("lo"), min(MAXN, size("hi"))), int(opts["mcap"]), float(opts.get("cyc", "0.2")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "dag":
    out = render(size("n"), forward(hidden(size("n")), size("m")))
elif mode == "trap":
    out = render(size("n"), trap(size("n")))
elif mode == "chains":
    out = render(size("n"), chains(size("n"), int(opts["k"])))
elif mode == "cyclic":
    order = hidden(size("n"))
    out = render(size("n"), add_cycle(order, forward(order, size("m") - 40), span=30))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
