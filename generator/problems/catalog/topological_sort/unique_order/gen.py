"""Test generator for topological_sort.unique_order (testlib style): python gen.py SEED MODE [key=value ...] prints
one input. Params: maxn, maxm.

Modes: sample kind=hand|hand2|cycle; random lo= hi= mcap= (a third unique, a third ambiguous, a third cyclic);
fixed name=...; unique n= m= (a Hamiltonian path of a hidden order plus forward shortcuts); late_fork n= m= (unique
until the very end, then two free vertices); fork_cycle n= m= (two sources, and a cycle deep inside); dag n= m=;
invalid kind=... Sizes may name a bound (n=maxn, m=maxm)."""
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


def forward(order, m, edges):
    """Add random forward edges (in the hidden order) until there are m edges or no room is left."""
    n = len(order)
    m = min(m, n * (n - 1) // 2)
    tries = 0
    while len(edges) < m and tries < 20 * m + 100:
        tries += 1
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            i, j = min(i, j), max(i, j)
            edges.add((order[i], order[j]))
    return edges


def unique(n, m):
    order = hidden(n)
    return order, forward(order, m, set(zip(order, order[1:])))


def late_fork(n, m, at=None):
    """The path of the hidden order misses one link (at position `at`, default near the end): exactly two orders
    differ there, so the order is not unique although almost every step has one ready vertex."""
    order = hidden(n)
    k = n - 2 if at is None else at
    edges = set(zip(order, order[1:]))
    edges.discard((order[k], order[k + 1]))
    # more forward edges; only the direct link order[k] -> order[k+1] could order that pair (nothing lies between)
    edges = forward(order, m, edges)
    edges.discard((order[k], order[k + 1]))
    return order, edges


def fork_cycle(n, m):
    """Two sources (ambiguous at the start), then a 3-cycle near the end: the answer is IMPOSSIBLE."""
    order = hidden(n)
    edges = set(zip(order[1:], order[2:]))  # order[0] and order[1] both free
    edges = forward(order, m - 1, edges)
    edges = {(u, v) for u, v in edges if v != order[1]}
    a, b, c = order[-3:]
    edges.discard((a, c))
    edges.add((c, a))
    return order, edges


def hand():
    # a unique order 1 2 3 4 5 (renamed), with shortcuts that do not create a choice
    name = hidden(5)
    edges = [(1, 2), (2, 3), (3, 4), (4, 5), (1, 3), (2, 5)]
    return render(5, {(name[u - 1], name[v - 1]) for u, v in edges})


def hand2():
    # 1 first, then 2 and 3 are both free: two valid orders
    name = hidden(4)
    edges = [(1, 2), (1, 3), (2, 4), (3, 4)]
    return render(4, {(name[u - 1], name[v - 1]) for u, v in edges})


def random_case(n, mcap):
    kind = rng.randrange(3)
    if kind == 0:
        _, edges = unique(n, rng.randint(n - 1, max(n - 1, min(mcap, n * (n - 1) // 2))))
    else:
        order = hidden(n)
        edges = forward(order, rng.randint(0, min(mcap, n * (n - 1) // 2)), set())
        if kind == 2 and n >= 2:
            i, j = sorted(rng.sample(range(n), 2))
            edges.discard((order[i], order[j]))
            path = order[i:j + 1]
            edges |= set(zip(path, path[1:]))
            if j - i >= 2:  # for two vertices the path edge itself is half of the 2-cycle
                edges.discard((order[i], order[j]))
            edges.add((order[j], order[i]))
    return render(n, edges)


def fixed(name):
    cases = {
        "single": (1, []),
        "two_free": (2, []),
        "pair": (2, [(2, 1)]),
        "two_cycle": (2, [(1, 2), (2, 1)]),
        "isolated_and_chain": (4, [(3, 1), (1, 2)]),
        "fork_then_cycle": (5, [(1, 3), (2, 3), (3, 4), (4, 5), (5, 3)]),
        "cycle_with_free": (4, [(1, 2), (2, 1)]),
        "late_fork": (5, [(5, 4), (4, 3), (3, 1), (3, 2)]),
        "one_source_fork": (4, [(4, 1), (4, 2), (1, 3), (2, 3)]),
        "complete": (6, [(u, v) for u in range(1, 7) for v in range(1, 7) if u > v]),
    }
    n, edges = cases[name]
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
    kind = opts.get("kind", "hand")
    if kind == "cycle":  # two items free at the start, and a cycle further on: IMPOSSIBLE, not AMBIGUOUS
        n = rng.randint(5, 7)
        out = render(n, fork_cycle(n, rng.randint(n, n + 3))[1])
    else:
        out = hand() if kind == "hand" else hand2()
elif mode == "random":
    out = random_case(rng.randint(size("lo"), min(MAXN, size("hi"))), int(opts["mcap"]))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "unique":
    out = render(size("n"), unique(size("n"), size("m"))[1])
elif mode == "late_fork":
    out = render(size("n"), late_fork(size("n"), size("m"))[1])
elif mode == "fork_cycle":
    out = render(size("n"), fork_cycle(size("n"), size("m"))[1])
elif mode == "dag":
    order = hidden(size("n"))
    out = render(size("n"), forward(order, size("m"), set()))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
