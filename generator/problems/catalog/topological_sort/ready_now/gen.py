"""Test generator for topological_sort.ready_now (testlib style): python gen.py SEED MODE [key=value ...] prints one
input. Params: maxn, maxm.

The finished set is always a prefix of a random topological order, so it holds every prerequisite of its members.
Modes: sample kind=hand|random; random lo= hi= mcap=; fixed name=...; dag n= m= [done=F] (F: fraction finished);
free_tail n= m= (the vertices without any pair are the unfinished ones: only they are ready); invalid kind=...
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


def forward(order, m):
    n = len(order)
    m = min(m, n * (n - 1) // 2)
    edges = set()
    while len(edges) < m:
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            i, j = min(i, j), max(i, j)
            edges.add((order[i], order[j]))
    return edges


def topological(n, edges):
    """A random topological order (a random ready vertex each time)."""
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for u, v in edges:
        adj[u].append(v)
        indeg[v] += 1
    ready = [v for v in range(1, n + 1) if indeg[v] == 0]
    order = []
    while ready:
        k = rng.randrange(len(ready))
        ready[k], ready[-1] = ready[-1], ready[k]
        x = ready.pop()
        order.append(x)
        for y in adj[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                ready.append(y)
    return order


def render(n, edges, done):
    edges = list(edges)
    rng.shuffle(edges)
    done = list(done)
    rng.shuffle(done)
    return (f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges) + f"{len(done)}\n"
            + (" ".join(map(str, done)) + "\n" if done else "\n"))


def case(n, m, k=None):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = forward(order, m)
    topo = topological(n, edges)
    k = rng.randint(0, n) if k is None else k
    return render(n, edges, topo[:k])


def hand():
    # 1 and 2 are finished; 3 needs both (ready), 4 needs 3 (not ready), 5 has no prerequisite (ready), 6 needs 1.
    name = list(range(1, 7))
    rng.shuffle(name)
    edges = [(1, 3), (2, 3), (3, 4), (1, 6)]
    return render(6, [(name[u - 1], name[v - 1]) for u, v in edges], [name[0], name[1]])


def fixed(which):
    cases = {
        "single_todo": (1, [], []),
        "single_done": (1, [], [1]),
        "all_done": (4, [(1, 2), (2, 3), (1, 4)], [1, 2, 3, 4]),
        "none_done": (5, [(2, 1), (3, 1), (4, 5)], []),
        "isolated_left": (4, [(1, 2), (2, 3)], [1, 2]),
        "half_prereqs": (4, [(1, 3), (2, 3), (3, 4)], [1]),
        "no_edges": (6, [], [2, 5]),
    }
    n, edges, done = cases[which]
    return (f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges) + f"{len(done)}\n"
            + " ".join(map(str, done)) + "\n")


def free_tail(n, m):
    """Half the vertices carry all the pairs and are finished; the other half have no pair and are unfinished."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    half = order[:n // 2]
    return render(n, forward(half, m), half)


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 0\n0\n\n",
        "n_zero": "0 0\n0\n\n",
        "self_loop": "3 2\n1 2\n2 2\n1\n1\n",
        "duplicate_edge": "3 2\n1 2\n1 2\n1\n1\n",
        "vertex_out_of_range": "3 2\n1 2\n2 4\n1\n1\n",
        "cycle": "3 3\n1 2\n2 3\n3 1\n0\n\n",
        "not_closed": "3 2\n1 2\n2 3\n1\n2\n",
        "repeated_done": "3 1\n1 2\n2\n1 1\n",
        "k_too_big": "2 0\n3\n1 2 1\n",
        "wrong_count": "3 1\n1 2\n2\n1\n",
        "double_space": "3 1\n1  2\n1\n1\n",
        "leading_zero": "3 1\n1 2\n1\n01\n",
        "extra_line": "3 1\n1 2\n1\n1\n3\n",
        "no_final_newline": "3 1\n1 2\n1\n1",
    }
    if kind == "m_too_big":
        pairs = ((i, j) for i in range(1, MAXN + 1) for j in range(i + 1, MAXN + 1))
        edges = [next(pairs) for _ in range(MAXM + 1)]
        return f"{MAXN} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges) + "0\n\n"
    return cases[kind]


if mode == "sample":
    out = hand() if opts.get("kind", "hand") == "hand" else case(rng.randint(5, 7), rng.randint(3, 8),
                                                                  rng.randint(1, 3))
elif mode == "random":
    n = rng.randint(size("lo"), min(MAXN, size("hi")))
    out = case(n, rng.randint(0, min(int(opts["mcap"]), n * (n - 1) // 2)))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "dag":
    n = size("n")
    out = case(n, size("m"), int(n * float(opts.get("done", "0.5"))))
elif mode == "free_tail":
    out = free_tail(size("n"), size("m"))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
