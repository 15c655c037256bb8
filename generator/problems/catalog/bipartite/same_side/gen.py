"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

The graph is always bipartite (the statement guarantees it): every vertex gets a hidden side and edges only join
opposite sides. Params: maxn, maxm, maxq. Modes: sample kind=hand|hand2; random lo= hi= [mcap=] [q=];
graph n= m= comps= q=; path n= q=; fixed name=...; invalid kind=... (maxn/maxm/maxq name the bounds)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXQ = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxq"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM, "maxq": MAXQ}.get(value, None) or int(value)


def bipartite(n, m, comps):
    """A random bipartite graph on 1..n with `comps` connected parts (spanning trees first, then extra edges
    between opposite sides of one part, at most m edges in all)."""
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
                side[v] = rng.randint(0, 1)
                continue
            u = part[rng.randint(max(0, i - 30), i - 1)]
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
    edges = list(edges)[:m] if len(edges) > m else list(edges)
    return edges, parts


def queries(n, parts, q):
    """A mix of pairs inside one part (same or different side), across parts, and u = v."""
    where = [0] * (n + 1)
    for i, part in enumerate(parts):
        for v in part:
            where[v] = i
    rows = []
    for _ in range(q):
        r = rng.random()
        if r < 0.6:
            part = rng.choice(parts)
            u, v = rng.choice(part), rng.choice(part)
        elif r < 0.95 or n == 1:
            u, v = rng.randint(1, n), rng.randint(1, n)
        else:
            u = v = rng.randint(1, n)
        rows.append((u, v))
    return rows


def render(n, edges, qs):
    rows = [f"{u} {v}" if rng.random() < 0.5 else f"{v} {u}" for u, v in edges]
    rng.shuffle(rows)
    return (f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows) + f"{len(qs)}\n"
            + "".join(f"{u} {v}\n" for u, v in qs))


def relabel(n, edges, qs):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    return ([(name[u], name[v]) for u, v in edges], [(name[u], name[v]) for u, v in qs])


HAND = {
    # parts {1,2,3,4} (a path 1-2-3-4 plus 1-4) and {5,6}; 7 alone
    "hand": (7, [(1, 2), (2, 3), (3, 4), (1, 4), (5, 6)], [(1, 3), (1, 4), (2, 5), (5, 6), (7, 7), (4, 2)]),
    "hand2": (6, [(1, 2), (2, 3), (4, 5)], [(1, 3), (3, 4), (4, 5), (6, 1), (2, 2)]),
}


def fixed(name):
    if name == "single":
        return "1 0\n1\n1 1\n"
    if name == "one_edge":
        return "2 1\n1 2\n4\n1 2\n2 1\n1 1\n2 2\n"
    if name == "no_edges":
        return "3 0\n3\n1 2\n3 3\n2 3\n"
    if name == "long_path":  # 1-2-...-9: parity of the distance, not adjacency
        n = 9
        edges = [(i, i + 1) for i in range(1, n)]
        qs = [(1, 9), (1, 8), (2, 9), (3, 3), (5, 4), (9, 1)]
        return render(n, edges, qs)
    if name == "two_parts":  # same colour by BFS order in two parts, yet unrelated
        edges = [(1, 2), (3, 4)]
        return render(4, edges, [(1, 3), (2, 4), (1, 4), (1, 2), (3, 4)])
    if name == "even_cycle":
        edges = [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 1)]
        return render(6, edges, [(1, 4), (1, 3), (2, 6), (6, 5), (3, 5)])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(n, rows, qrows, m=None, q=None):
        return (f"{n} {len(rows) if m is None else m}\n" + "".join(r + "\n" for r in rows)
                + f"{len(qrows) if q is None else q}\n" + "".join(r + "\n" for r in qrows))
    base = ["1 2", "2 3", "3 4"]
    qb = ["1 3", "2 4"]
    if kind == "n_too_big":
        return text(MAXN + 1, base, qb)
    if kind == "n_zero":
        return "0 0\n1\n1 1\n"
    if kind == "m_too_big":
        n = MAXN
        rows, seen = [], set()
        while len(rows) < MAXM + 1:
            u, v = 2 * rng.randint(1, n // 2) - 1, 2 * rng.randint(1, n // 2)
            if (u, v) not in seen:
                seen.add((u, v))
                rows.append(f"{u} {v}")
        return text(n, rows, qb)
    if kind == "q_too_big":
        return text(4, base, ["1 2"] * (MAXQ + 1))
    if kind == "q_zero":
        return text(4, base, [])
    if kind == "odd_cycle":
        return text(4, base + ["1 3"], qb)
    if kind == "self_loop":
        return text(4, base + ["4 4"], qb)
    if kind == "duplicate_edge":
        return text(4, base + ["2 1"], qb)
    if kind == "vertex_out_of_range":
        return text(4, base + ["4 5"], qb)
    if kind == "query_out_of_range":
        return text(4, base, ["1 5"])
    if kind == "query_zero":
        return text(4, base, ["0 2"])
    if kind == "double_space":
        return text(4, ["1  2", "2 3", "3 4"], qb)
    if kind == "leading_zero":
        return text(4, base, ["01 3"])
    if kind == "extra_line":
        return text(4, base, qb) + "1 2\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, qs = HAND[opts.get("kind", "hand")]
    edges, qs = relabel(n, edges, qs)
    out = render(n, edges, qs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    cap = min(MAXM, int(opts.get("mcap", MAXM)))
    edges, parts = bipartite(n, rng.randint(0, cap), rng.randint(1, n))
    out = render(n, edges, queries(n, parts, rng.randint(1, num("q", "10"))))
elif mode == "graph":
    n = num("n")
    edges, parts = bipartite(n, num("m"), num("comps"))
    out = render(n, edges, queries(n, parts, num("q")))
elif mode == "path":  # one long path in random label order: deep search, parities along all of it
    n = num("n")
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = list(zip(order, order[1:]))
    out = render(n, edges, queries(n, [order], num("q")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
