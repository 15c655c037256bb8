"""Test generator for the bridge-counting task: python gen.py SEED MODE [key=value ...] prints one input.

Params: variant, maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; full (N = maxn, M = maxm); tree n= (every edge a bridge);
path n=; necklace n= size= (cycles of about `size` vertices joined in a chain by single edges); cactus n= extra=
(a random tree plus `extra` edges, each closing a cycle); empty n=; root_first n= (a tree in which vertex 1, where
a DFS starts, has several edges, listed first); scattered n= (many components of 1-6 vertices, each a small
cactus, numbers shuffled: the DFS roots are not numbered in the order the vertices are reached); invalid kind=too_big|self_loop|duplicate|outside|missing_edge.
Sizes may say maxn, maxm.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)

# Hand-made first sample: two triangles joined by one edge, one pendant vertex and an isolated vertex: 2 bridges
# (the joining edge and the pendant's edge); relabelled per seed.
SAMPLE = (8, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4), (6, 7)])


def num(key):
    value = opts[key]
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def relabelled(n, edges):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    out = [(perm[u - 1], perm[v - 1]) if rng.random() < 0.5 else (perm[v - 1], perm[u - 1]) for u, v in edges]
    rng.shuffle(out)
    return out


def random_graph(n, m):
    m = min(m, n * (n - 1) // 2)
    seen, edges = set(), []
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v and (min(u, v), max(u, v)) not in seen:
            seen.add((min(u, v), max(u, v)))
            edges.append((u, v))
    return edges


def tree(n):
    return [(rng.randint(max(1, v - 5), v - 1) if rng.random() < 0.5 else rng.randint(1, v - 1), v)
            for v in range(2, n + 1)]


def necklace(n, size):
    edges, first = [], 1
    prev_last = None
    while first <= n:
        last = min(n, first + max(1, size + rng.randint(-1, 1)) - 1)
        for v in range(first, last):
            edges.append((v, v + 1))
        if last - first >= 2:
            edges.append((last, first))
        if prev_last is not None:
            edges.append((prev_last, first))
        prev_last = last
        first = last + 1
    return edges


def cactus(n, extra):
    edges = tree(n)
    seen = {(min(u, v), max(u, v)) for u, v in edges}
    parent = {v: u for u, v in edges}
    for _ in range(extra):
        v = rng.randint(2, n)
        u = v
        for _ in range(rng.randint(2, 4)):
            u = parent.get(u, u)
        if u != v and (min(u, v), max(u, v)) not in seen:
            seen.add((min(u, v), max(u, v)))
            edges.append((u, v))
    return edges


def root_first(n):
    """A random tree whose vertex 1 (where a DFS by vertex number starts) has at least 3 edges, all listed first
    and all bridges: a DFS that mistakes a real edge index for the root's missing parent edge skips one of them."""
    others = list(range(2, n + 1))
    rng.shuffle(others)
    degree = min(n - 1, rng.randint(3, 5))
    first = [(1, v) if rng.random() < 0.5 else (v, 1) for v in others[:degree]]
    attached = others[:degree]
    rest = []
    for v in others[degree:]:
        u = rng.choice(attached)
        rest.append((u, v) if rng.random() < 0.5 else (v, u))
        attached.append(v)
    rng.shuffle(rest)
    return first + rest


def invalid(kind):
    n, edges = SAMPLE
    edges = relabelled(n, edges)
    if kind == "too_big":
        return render(MAXN + 1, [(1, 2)])
    if kind == "self_loop":
        return render(n, edges[:-1] + [(edges[0][0], edges[0][0])])
    if kind == "duplicate":
        return render(n, edges[:-1] + [(edges[0][1], edges[0][0])])
    if kind == "outside":
        return render(n, edges[:-1] + [(edges[0][0], n + 1)])
    if kind == "missing_edge":
        return f"{n} {len(edges) + 1}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(SAMPLE[0], relabelled(*SAMPLE))
    else:
        n = rng.randint(6, 9)
        out = render(n, relabelled(n, cactus(n, rng.randint(1, 3))))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n = rng.randint(lo, hi)
    if rng.random() < 0.5:
        edges = cactus(n, rng.randint(0, n)) if n > 1 else []
    else:
        edges = random_graph(n, rng.randint(0, min(MAXM, int(opts["mcap"]))))
    out = render(n, relabelled(n, edges))
elif mode == "full":
    out = render(MAXN, relabelled(MAXN, random_graph(MAXN, MAXM)))
elif mode == "tree":
    n = num("n")
    out = render(n, relabelled(n, tree(n)))
elif mode == "path":
    n = num("n")
    out = render(n, relabelled(n, [(v, v + 1) for v in range(1, n)]))
elif mode == "necklace":
    n = num("n")
    out = render(n, relabelled(n, necklace(n, int(opts["size"]))))
elif mode == "cactus":
    n = num("n")
    out = render(n, relabelled(n, cactus(n, int(opts["extra"]))))
elif mode == "empty":
    out = render(num("n"), [])
elif mode == "root_first":
    n = num("n")
    out = render(n, root_first(n))
elif mode == "scattered":
    n, first, edges = num("n"), 1, []
    while first <= n:
        size = min(n - first + 1, rng.randint(1, 6))
        part = cactus(size, rng.randint(0, size)) if size > 1 else []
        edges += [(u + first - 1, v + first - 1) for u, v in part]
        first += size
    out = render(n, relabelled(n, edges))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
