"""Test generator for the cut-vertex task: python gen.py SEED MODE [key=value ...] prints one input.

Params: variant, maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; full (N = maxn, M = maxm); tree n= (every edge a bridge);
path n=; star n= (only the centre is a cut vertex); necklace n= size= (cycles of about `size` vertices joined in a chain by single edges); cactus n= extra=
(a random tree plus `extra` edges, each closing a cycle); pieces k= (k small cacti of 3-7 vertices, labels
shuffled, drawn until some piece's smallest label is a cut vertex, i.e. a DFS root with two children, and the label
just below it is a cut vertex of another piece that is not its smallest); empty n=; invalid kind=too_big|self_loop|
duplicate|outside|missing_edge. Sizes may say maxn, maxm.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)

# Hand-made first sample: a square 1-2-3-4 with a chord 1-3, a triangle 4-5-6 hanging at 4, a pendant 7 at 6, and
# a triangle 1-8-9, and an isolated vertex 10: cut vertices 1, 4 and 6. Relabelled per seed until label 1 is a cut
# vertex, so a DFS in label order starts at a root with two children that counts; the random second sample is redrawn
# until its smallest and largest labels are not cut vertices (a root with one child that does not count), so both
# halves of the root rule show in the samples.
SAMPLE = (10, [(1, 2), (2, 3), (3, 4), (4, 1), (1, 3), (4, 5), (5, 6), (6, 4), (6, 7), (1, 8), (8, 9), (9, 1)])


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


def cut_vertices(n, edges):
    """The cut vertices, by definition: removing one leaves more components among the other vertices."""
    def components(skip):
        label = list(range(n + 1))
        changed = True
        while changed:
            changed = False
            for u, v in edges:
                if skip not in (u, v) and label[u] != label[v]:
                    label[u] = label[v] = min(label[u], label[v])
                    changed = True
        return len({label[x] for x in range(1, n + 1) if x != skip})

    before = components(0)
    touched = {x for e in edges for x in e}
    return {x for x in range(1, n + 1) if components(x) > before - (x not in touched)}


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


def pieces(k):
    """k small cacti side by side, labels shuffled, so the DFS roots come in no particular order: drawn until some
    piece's smallest label r is a cut vertex and r - 1 is a cut vertex of another piece but not its smallest label
    (a root's count and a child's test meet at neighbouring labels)."""
    while True:
        n, edges = 0, []
        for _ in range(k):
            size = rng.randint(3, 7)
            edges += [(n + u, n + v) for u, v in cactus(size, rng.randint(0, 2))]
            n += size
        edges = relabelled(n, edges)
        cuts = cut_vertices(n, edges)
        piece = list(range(n + 1))
        for _ in range(n):
            for u, v in edges:
                piece[u] = piece[v] = min(piece[u], piece[v])
        if any(piece[r] == r and r in cuts and r - 1 in cuts and piece[r - 1] not in (r - 1, r)
               for r in range(2, n + 1)):
            return n, edges


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
        while True:  # label 1 on a cut vertex: a DFS root with two children
            edges = relabelled(*SAMPLE)
            ends = {x for e in edges for x in e}
            if 1 in ends and 1 in cut_vertices(SAMPLE[0], edges):
                break
        out = render(SAMPLE[0], edges)
    else:
        while True:  # a root with one DFS child, whichever end the search starts from: not a cut vertex
            n = rng.randint(6, 9)
            edges = relabelled(n, cactus(n, rng.randint(1, 3)))
            cuts = cut_vertices(n, edges)
            if cuts and 1 not in cuts and n not in cuts:
                break
        out = render(n, edges)
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
elif mode == "star":
    n = num("n")
    out = render(n, relabelled(n, [(1, v) for v in range(2, n + 1)]))
elif mode == "path":
    n = num("n")
    out = render(n, relabelled(n, [(v, v + 1) for v in range(1, n)]))
elif mode == "necklace":
    n = num("n")
    out = render(n, relabelled(n, necklace(n, int(opts["size"]))))
elif mode == "cactus":
    n = num("n")
    out = render(n, relabelled(n, cactus(n, int(opts["extra"]))))
elif mode == "pieces":
    out = render(*pieces(int(opts["k"])))
elif mode == "empty":
    out = render(num("n"), [])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
