"""Test generator for the topological-sort tasks (testlib style): python gen.py SEED MODE [key=value ...] prints
one input.

Params from task.toml: variant (check_order | semesters | smallest_order | critical_path), maxn, maxm, [maxw].
Modes: sample kind=hand|random; random lo= hi= mcap= [cyc=percent]; dag n= m=; chain n= m= [rev=1]; layered n= m=
width=; ladder n=; cyclic n= m= [len=]; fixed name=...; far_swap n=; invalid kind=...
Sizes may name a bound: n=maxn, m=maxm. Graphs are DAGs unless a mode adds a cycle (smallest_order only).
check_order appends an order (valid or broken at random); critical_path adds weights and mostly puts vertex 1
first and vertex N last in the hidden topological order so that paths from 1 to N exist.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts.get("maxw", "1"))
rng = random.Random(seed)


def size(key, default=None):
    value = opts.get(key, default)
    bounds = {"maxn": MAXN, "maxm": MAXM}
    return bounds[value] if value in bounds else int(value)


def hidden_order(n):
    """A random labelling of topological positions; critical_path keeps 1 first and N last most of the time."""
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    if VARIANT == "critical_path" and n >= 2 and rng.random() < 0.85:
        perm.remove(1)
        perm.remove(n)
        perm = [1] + perm + [n]
    return perm


def forward_pairs(n, m, spine=False, width=None):
    """About m distinct position pairs (i, j), i < j; spine adds i -> i+1 for all i (one long path)."""
    pairs = set()
    if spine:
        pairs.update((i, i + 1) for i in range(n - 1))
    m = min(m, n * (n - 1) // 2)
    tries = 0
    while len(pairs) < m and tries < 20 * m + 100:
        tries += 1
        i = rng.randrange(n)
        if width:  # short jumps keep the graph layered and long
            j = i + rng.randint(1, width)
        else:
            j = rng.randrange(n)
        if i < j < n:
            pairs.add((i, j))
        elif j < i:
            pairs.add((j, i))
    return list(pairs)


def weight():
    cap = int(opts.get("wcap", MAXW))
    return rng.randint(1, min(cap, MAXW))


def render(n, edges, order=None):
    """edges as (u, v) labels; weights drawn here for critical_path; check_order appends `order`."""
    rng.shuffle(edges) if opts.get("rev") != "1" else None
    out = [f"{n} {len(edges)}\n"]
    if VARIANT == "critical_path":
        out += [f"{u} {v} {weight()}\n" for u, v in edges]
    else:
        out += [f"{u} {v}\n" for u, v in edges]
    if VARIANT == "check_order":
        out.append(" ".join(map(str, order)) + "\n")
    return "".join(out)


def random_topological_order(n, edges):
    indeg = [0] * (n + 1)
    adj = [[] for _ in range(n + 1)]
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


def with_order(n, edges):
    """check_order: a valid order, or (half the time) one where the ends of an edge far apart are swapped."""
    order = random_topological_order(n, edges)
    if edges and rng.random() < 0.5:
        pos = {v: i for i, v in enumerate(order)}
        far = [e for e in edges if pos[e[1]] - pos[e[0]] >= 2] or edges
        u, v = rng.choice(far)
        order[pos[u]], order[pos[v]] = v, u
    return order


def dag(n, m, spine=False, width=None):
    perm = hidden_order(n)
    edges = [(perm[i], perm[j]) for i, j in forward_pairs(n, m, spine, width)]
    if opts.get("rev") == "1":  # listed from the end of the order backwards: edge-relaxation needs n passes
        rank = {v: i for i, v in enumerate(perm)}
        edges.sort(key=lambda e: -rank[e[0]])
    return edges


def add_cycle(n, edges, length=None):
    """smallest_order: one back edge from a later to an earlier vertex on an existing path (a cycle)."""
    if n < 2:
        return edges
    adj = {}
    for u, v in edges:
        adj.setdefault(u, []).append(v)
    have = set(edges)
    for _ in range(200):
        u, v = rng.choice(edges) if edges else (1, 2)
        walk = [u, v]
        while len(walk) < (length or rng.randint(2, 6)) and adj.get(walk[-1]):
            walk.append(rng.choice(adj[walk[-1]]))
        back = (walk[-1], walk[0])
        if back not in have and back[0] != back[1]:
            return edges + [back]
    # fall back: a fresh 2-cycle between two vertices not yet joined both ways
    for _ in range(1000):
        a, b = rng.sample(range(1, n + 1), 2)
        if (a, b) not in have and (b, a) not in have:
            return edges + [(a, b), (b, a)]
    return edges


def make(n, edges):
    if VARIANT == "check_order":
        return render(n, edges, with_order(n, edges))
    return render(n, edges)


def hand_sample():
    kind = opts.get("kind", "hand")
    if VARIANT == "check_order":
        # hand: a valid order; hand2: 5 comes before 3 although 3 -> 5, and no two neighbours in the order break
        # an edge (checking neighbours only is not enough).
        edges = [(1, 3), (2, 3), (3, 5), (4, 5), (2, 4)]
        order = [2, 1, 3, 4, 5] if kind == "hand" else [2, 4, 5, 1, 3]
        return render(5, edges, order)
    if VARIANT == "semesters":
        # A short route 1 -> 6 and a long one 1 -> 2 -> 3 -> 6: the long one decides.
        edges = [(1, 6), (1, 2), (2, 3), (3, 6), (4, 5), (5, 6)]
        return render(6, edges)
    if VARIANT == "smallest_order":
        if kind == "hand":
            # A vertex is free from the start but another must wait: the smallest order is not sorted.
            name = sample_names(5, pinned=())
            return render(5, [(name[u], name[v]) for u, v in [(4, 3), (2, 1), (5, 1)]])
        name = sample_names(4, pinned=())
        return render(4, [(name[u], name[v]) for u, v in [(1, 2), (2, 3), (3, 1), (1, 4)]])
    # critical_path: two longest routes of time 7 (1-2-6 and 1-4-3-6), a shorter direct one, and a longer dead end
    # 1-4-3-5 that does not reach N (1 and N keep their names; the middle vertices are renamed). 4 keeps a larger
    # name than 3, so a program taking the items in increasing number reaches 3 before 4 and loses the second route.
    n, rows = (6, [(1, 2, 3), (2, 6, 4), (1, 4, 1), (4, 3, 2), (3, 6, 4), (1, 6, 6), (3, 5, 9)]) \
        if kind == "hand" else (4, [(1, 2, 5), (3, 4, 1)])
    name = sample_names(n, pinned=(1, n))
    if kind == "hand" and name[4] < name[3]:
        name[3], name[4] = name[4], name[3]
    rows = [(name[u], name[v], w) for u, v, w in rows]
    rng.shuffle(rows)  # the order of the roads does not matter here
    return f"{n} {len(rows)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in rows)


def sample_names(n, pinned=(1,)):
    """Hand-made samples differ from problem to problem: the vertices are renamed by a seeded permutation that
    keeps the pinned ones (vertex 1, and N where the task says so), so what the sample shows stays true."""
    free = [v for v in range(1, n + 1) if v not in pinned]
    moved = free[:]
    rng.shuffle(moved)
    name = list(range(n + 1))
    for a, b in zip(free, moved):
        name[a] = b
    return name


def random_sample():
    n = rng.randint(5, 8)
    edges = dag(n, rng.randint(n - 1, 2 * n))
    if VARIANT == "smallest_order" and rng.random() < 0.3:
        edges = add_cycle(n, edges)
    return make(n, edges)


def fixed(name):
    if name == "single":
        return make(1, [])
    if name == "two_free":
        return make(2, [])
    if name == "pair":
        return make(2, [(2, 1)])
    if name == "two_cycle":
        return render(2, [(1, 2), (2, 1)])
    if name == "descending":  # N -> N-1 -> ... -> 1: the smallest order is the reverse
        return make(8, [(i + 1, i) for i in range(1, 8)])
    if name == "no_edges":
        return make(9, [])
    if name == "complete":
        perm = hidden_order(7)
        return make(7, [(perm[i], perm[j]) for i in range(7) for j in range(i + 1, 7)])
    if name == "unreachable":  # critical_path: N cannot be reached from 1
        return render(6, [(1, 2), (2, 3), (4, 6), (5, 6)])
    if name == "same_vertex":  # critical_path with N = 1
        return render(1, [])
    if name == "n_before_1":  # critical_path: the only edge leads from N to 1
        return render(3, [(3, 1), (2, 3)])
    raise SystemExit(f"unknown fixed case {name}")


def far_swap(n):
    """check_order: the one edge a -> b is broken by the two ends of the order; neighbours in the order never
    share an edge."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    a, b = order[-1], order[0]
    return render(n, [(a, b)], order)


def ladder(n):
    """critical_path: 1 -> pair -> pair -> ... -> N, every edge of weight `w`: 2^(layers) longest paths."""
    inner = list(range(2, n))
    rng.shuffle(inner)
    layers = [[1]] + [inner[i:i + 2] for i in range(0, len(inner), 2)] + [[n]]
    w = int(opts.get("w", "1"))
    edges = []
    for a, b in zip(layers, layers[1:]):
        edges += [(u, v) for u in a for v in b]
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v in edges)


def invalid(kind):
    base_edges = [(1, 3), (2, 3), (3, 4)]
    def line(u, v):
        return f"{u} {v} 2\n" if VARIANT == "critical_path" else f"{u} {v}\n"
    tail = "2 1 3 4\n" if VARIANT == "check_order" else ""
    body = "".join(line(u, v) for u, v in base_edges)
    if kind == "n_too_big":
        t = " ".join(map(str, range(1, MAXN + 2))) + "\n" if VARIANT == "check_order" else ""
        return f"{MAXN + 1} 0\n" + t
    if kind == "m_too_big":
        n = MAXN
        pairs = []
        for a in range(1, n + 1):
            for b in range(a + 1, n + 1):
                pairs.append((a, b))
                if len(pairs) > MAXM:
                    break
            if len(pairs) > MAXM:
                break
        t = " ".join(map(str, range(1, n + 1))) + "\n" if VARIANT == "check_order" else ""
        return f"{n} {len(pairs)}\n" + "".join(line(a, b) for a, b in pairs) + t
    if kind == "vertex_out_of_range":
        return "4 3\n" + body.replace("3 4", "3 5", 1) + tail
    if kind == "self_loop":
        return "4 4\n" + body + line(4, 4) + tail
    if kind == "duplicate_edge":
        return "4 4\n" + body + line(1, 3) + tail
    if kind == "cycle":
        return "4 4\n" + body + line(4, 2) + tail
    if kind == "double_space":
        return "4 3\n" + body.replace("1 3", "1  3", 1) + tail
    if kind == "leading_zero":
        return "4 3\n" + body.replace("1 3", "01 3", 1) + tail
    if kind == "extra_line":
        return "4 3\n" + body + tail + "1\n"
    if kind == "weight_zero":
        return "4 3\n" + body.replace("1 3 2", "1 3 0", 1)
    if kind == "weight_too_big":
        return "4 3\n" + body.replace("1 3 2", f"1 3 {MAXW + 1}", 1)
    if kind == "not_permutation":
        return "4 3\n" + body + "2 1 3 3\n"
    if kind == "short_order":
        return "4 3\n" + body + "2 1 3\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = hand_sample() if opts.get("kind", "hand") in ("hand", "hand2") else random_sample()
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = dag(n, rng.randint(0, min(int(opts["mcap"]), n * (n - 1) // 2)))
    if VARIANT == "smallest_order" and rng.randrange(100) < int(opts.get("cyc", "30")):
        edges = add_cycle(n, edges)
    out = make(n, edges)
elif mode == "dag":
    out = make(size("n"), dag(size("n"), size("m")))
elif mode == "chain":
    out = make(size("n"), dag(size("n"), size("m"), spine=True, width=int(opts.get("width", "50"))))
elif mode == "layered":
    out = make(size("n"), dag(size("n"), size("m"), width=int(opts["width"])))
elif mode == "cyclic":
    n = size("n")
    edges = add_cycle(n, dag(n, size("m") - 1), int(opts["len"]) if "len" in opts else None)
    out = render(n, edges)
elif mode == "descending":  # N -> N-1 -> ... -> 1: the only order is N, N-1, ..., 1
    n = size("n")
    out = render(n, [(i + 1, i) for i in range(1, n)])
elif mode == "ladder":
    out = ladder(size("n"))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "far_swap":
    out = far_swap(size("n"))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
