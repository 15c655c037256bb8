"""Test generator for the distance-from-1-to-N task: python gen.py SEED MODE [key=value ...] prints one input.

Params: variant, maxn, maxm. Modes: sample kind=hand|random|apart (apart: no route, answer -1); random lo= hi=
mcap=|m= (m: exactly that many edges); ladder n= (two routes from 1 to N, a long one listed first and a short one); path n= (1 to N along every
vertex); apart n= (N in another component);
grid n= (a square grid of vertices, 1 and N at opposite corners); invalid kind=too_big|too_many_edges|self_loop|
duplicate|outside|missing_edge. Sizes may say maxn, maxm. Vertices other than 1 and N are relabelled at random.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)

# Hand-made first sample: a long way round (1-2-3-4-5-7) and a short one (1-6-7); a search that goes deep first may
# report the long way; inner vertices relabelled per seed.
SAMPLE = (7, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 7), (1, 6), (6, 7), (3, 6)])


def num(key):
    value = opts[key]
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def relabelled(n, edges):
    """Vertices 1 and n keep their labels; the others are permuted; edge order and direction shuffled."""
    inner = list(range(2, n))
    rng.shuffle(inner)
    perm = {1: 1, n: n, **{v: inner[v - 2] for v in range(2, n)}}
    out = [(perm[u], perm[v]) if rng.random() < 0.5 else (perm[v], perm[u]) for u, v in edges]
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


def ladder(n):
    # A long route 1 - 2 - ... - k - n and a short one 1 - (k+1) - ... - n of a third of the length.
    k = max(2, 2 * n // 3)
    edges = [(i, i + 1) for i in range(1, k)] + [(k, n)]
    short = list(range(k + 1, n))
    chain = [1] + short + [n]
    edges += [(chain[i], chain[i + 1]) for i in range(len(chain) - 1)]
    return list({(min(u, v), max(u, v)) for u, v in edges if u != v})


def grid(n):
    side = max(2, int(n ** 0.5))
    n = side * side
    edges = []
    for r in range(side):
        for c in range(side):
            x = r * side + c + 1
            if c + 1 < side:
                edges.append((x, x + 1))
            if r + 1 < side:
                edges.append((x, x + side))
    return n, edges


def invalid(kind):
    n, edges = SAMPLE
    edges = relabelled(n, edges)
    if kind == "too_big":
        return render(MAXN + 1, [(1, 2)])
    if kind == "too_many_edges":  # M = maxm + 1 distinct edges on maxn vertices: only the bound on M is broken
        return render(MAXN, random_graph(MAXN, MAXM + 1))
    if kind == "self_loop":
        return render(n, edges[:-1] + [(edges[0][0], edges[0][0])])
    if kind == "duplicate":
        return render(n, edges[:-1] + [(edges[0][1], edges[0][0])])
    if kind == "outside":
        return render(n, edges[:-1] + [(edges[0][0], n + 1)])
    if kind == "missing_edge":
        return f"{n} {len(edges) + 1}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    raise SystemExit(f"unknown invalid kind {kind}")


def distance(n, edges, stack):
    """Vertex n's distance from vertex 1 by breadth-first search, or (stack=True) by the same search taking vertices
    from the back of its list (wa_depth_first_order), which need not find the shortest route."""
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    dist, todo = [-1] * (n + 1), [1]
    dist[1] = 0
    while todo:
        u = todo.pop() if stack else todo.pop(0)
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                todo.append(v)
    return dist[n]


if mode == "sample":
    if opts.get("kind") == "hand":
        # the writing order is redrawn until the search that goes deep first does report the long way
        while True:
            edges = relabelled(*SAMPLE)
            if distance(SAMPLE[0], edges, True) != distance(SAMPLE[0], edges, False):
                break
        out = render(SAMPLE[0], edges)
    elif opts.get("kind") == "apart":
        # the output format's -1: redrawn until no route joins 1 and N though both have a link
        n = rng.randint(6, 9)
        while True:
            edges = relabelled(n, random_graph(n, rng.randint(n - 2, n)))
            ends = {x for e in edges for x in e}
            if 1 in ends and n in ends and distance(n, edges, False) < 0:
                break
        out = render(n, edges)
    else:
        n = rng.randint(6, 9)
        out = render(n, relabelled(n, random_graph(n, rng.randint(n - 1, n + 2))))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n = rng.randint(lo, hi)
    m = num("m") if "m" in opts else rng.randint(0, min(MAXM, int(opts["mcap"])))
    out = render(n, relabelled(n, random_graph(n, m)))
elif mode == "ladder":
    n = num("n")
    out = render(n, relabelled(n, ladder(n)))
elif mode == "path":
    n = num("n")
    out = render(n, relabelled(n, [(i, i + 1) for i in range(1, n)]))
elif mode == "apart":
    n = num("n")
    edges = [(u, v) for u, v in random_graph(n, min(MAXM, 2 * n)) if n not in (u, v)]
    out = render(n, relabelled(n, edges))
elif mode == "grid":
    n, edges = grid(num("n"))
    out = render(n, relabelled(n, edges))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
