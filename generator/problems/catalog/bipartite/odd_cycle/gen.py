"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|hand2; random lo= hi= [mcap=] [odd=%]; graph n= m= comps= [odd=0|1];
ring n= (one cycle of odd length through every vertex); lollipop n= (a long path ending in a triangle);
fixed name=...; invalid kind=... Labels are a random permutation and edges are shuffled."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value, None) or int(value)


def bipartite(n, m, comps):
    """A random bipartite graph on 1..n in `comps` connected parts, plus each vertex's side."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    comps = max(1, min(comps, n))
    cuts = sorted(rng.sample(range(1, n), comps - 1)) if comps > 1 else []
    parts = [order[a:b] for a, b in zip([0] + cuts, cuts + [n])]
    side = [0] * (n + 1)
    edges = set()
    for part in parts:
        for i, v in enumerate(part):
            if i == 0:
                continue
            u = part[rng.randint(max(0, i - 40), i - 1)]
            side[v] = side[u] ^ 1
            edges.add((min(u, v), max(u, v)))
    big = [p for p in parts if len(p) >= 4]
    tries = 0
    while len(edges) < m and big and tries < 20 * m:
        tries += 1
        part = rng.choice(big)
        u, v = rng.choice(part), rng.choice(part)
        if side[u] != side[v]:
            edges.add((min(u, v), max(u, v)))
    return edges, parts, side


def add_odd(edges, parts, side, m):
    """One edge inside one side of a random part (an odd cycle appears), replacing an edge if at the limit."""
    for _ in range(200):
        part = rng.choice(parts)
        if len(part) < 3:
            continue
        u, v = rng.sample(part, 2)
        key = (min(u, v), max(u, v))
        if side[u] == side[v] and key not in edges:
            if len(edges) >= m:
                edges.discard(next(iter(edges)))
            edges.add(key)
            return


def render(n, edges, relabel=True, first=None):
    """`first`: the vertex that is to be named 1 (where a search from vertex 1 starts)."""
    name = list(range(n + 1))
    if relabel:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        if first is not None:
            j = perm.index(1)
            perm[j], perm[first - 1] = perm[first - 1], perm[j]
        name = [0] + perm
    rows = [f"{name[u]} {name[v]}" if rng.random() < 0.5 else f"{name[v]} {name[u]}" for u, v in edges]
    if relabel:
        rng.shuffle(rows)
    return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # a square 1-2-3-4 with a chord-free pentagon 4-5-6-7-8 hanging on vertex 4: the pentagon is the odd cycle
    "hand": (8, [(1, 2), (2, 3), (3, 4), (4, 1), (4, 5), (5, 6), (6, 7), (7, 8), (8, 4)]),
    # bipartite: a hexagon and a separate edge
    "hand2": (8, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 1), (7, 8)]),
}

FIXED = {
    "single": (1, []),
    "one_edge": (2, [(1, 2)]),
    "triangle": (3, [(1, 2), (2, 3), (3, 1)]),
    "square": (4, [(1, 2), (2, 3), (3, 4), (4, 1)]),
    "pentagon": (5, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)]),
    "odd_elsewhere": (7, [(1, 2), (2, 3), (4, 5), (5, 6), (6, 7), (7, 4), (5, 7)]),
    "k4": (4, [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)]),
    "deep_lca": (9, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 5), (3, 8), (8, 9)]),
    "bowtie": (5, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 3)]),
    "no_edges": (4, []),
}


def invalid(kind):
    def text(n, rows, m=None):
        return f"{n} {len(rows) if m is None else m}\n" + "".join(r + "\n" for r in rows)
    base = ["1 2", "2 3", "3 1"]
    if kind == "n_too_big":
        return text(MAXN + 1, base)
    if kind == "n_zero":
        return "0 0\n"
    if kind == "m_too_big":
        rows, seen = [], set()
        while len(rows) < MAXM + 1:
            u, v = rng.randint(1, 1000), rng.randint(1, 1000)
            if u < v and (u, v) not in seen:
                seen.add((u, v))
                rows.append(f"{u} {v}")
        return text(1000, rows)
    if kind == "self_loop":
        return text(4, base + ["4 4"])
    if kind == "duplicate_edge":
        return text(4, base + ["2 1"])
    if kind == "vertex_out_of_range":
        return text(4, base + ["4 5"])
    if kind == "vertex_zero":
        return text(4, base + ["0 4"])
    if kind == "too_few_edges":
        return text(4, base, m=4)
    if kind == "double_space":
        return text(4, ["1  2", "2 3", "3 1"])
    if kind == "leading_zero":
        return text(4, ["01 2", "2 3", "3 1"])
    if kind == "extra_line":
        return text(4, base) + "1 4\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges = HAND[opts.get("kind", "hand")]
    # hand: vertex 1 is a corner of the square other than 4, so a search from it meets the pentagon's odd edge
    # below vertex 4: joining the two paths all the way up to vertex 1 (wa_paths_to_root) repeats vertices.
    out = render(n, edges, first=rng.choice((1, 2, 3)) if opts.get("kind", "hand") == "hand" else None)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    m = rng.randint(0, min(MAXM, int(opts.get("mcap", MAXM))))
    edges, parts, side = bipartite(n, m, rng.randint(1, max(1, n // 3)))
    if rng.randrange(100) < int(opts.get("odd", "60")):
        add_odd(edges, parts, side, max(m, len(edges) + 1))
    out = render(n, edges)
elif mode == "graph":
    n, m = num("n"), num("m")
    edges, parts, side = bipartite(n, m, num("comps"))
    if int(opts.get("odd", "0")):
        add_odd(edges, parts, side, m)
    out = render(n, edges)
elif mode == "ring":  # one cycle of odd length through all vertices (n made odd): BFS meets far from the start
    n = num("n")
    k = n if n % 2 else n - 1
    edges = [(i, i % k + 1) for i in range(1, k + 1)] + ([(k, n)] if k < n else [])
    out = render(n, edges)
elif mode == "lollipop":  # a long path whose far end closes a triangle
    n = num("n")
    edges = [(i, i + 1) for i in range(1, n)] + [(n - 2, n)]
    out = render(n, edges)
elif mode == "fixed":
    n, edges = FIXED[opts["name"]]
    out = render(n, edges, relabel=n > 6)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
