"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|hand2; random lo= hi= [mcap=] [odd=%]; graph n= m= comps= [odd=0|1];
path n= (one long path); star n= (one centre, N-1 leaves: very unequal sides); fixed name=...; invalid kind=...
Labels are a random permutation and edges are shuffled."""
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


def render(n, edges, relabel=True):
    name = list(range(n + 1))
    if relabel:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        name = [0] + perm
    rows = [f"{name[u]} {name[v]}" if rng.random() < 0.5 else f"{name[v]} {name[u]}" for u, v in edges]
    if relabel:
        rng.shuffle(rows)
    return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # parts {1,2,3} (path 1-2-3: sides {1,3} and {2}: 2^2 + 2^1 = 6), {4,5} (2 + 2 = 4), {6} (3): 72
    "hand": (6, [(1, 2), (2, 3), (4, 5)]),
    # a triangle: no way
    "hand2": (4, [(1, 2), (2, 3), (3, 1), (3, 4)]),
}

FIXED = {
    "single": (1, []),
    "one_edge": (2, [(1, 2)]),
    "triangle": (3, [(1, 2), (2, 3), (3, 1)]),
    "square": (4, [(1, 2), (2, 3), (3, 4), (4, 1)]),
    "odd_elsewhere": (7, [(1, 2), (2, 3), (4, 5), (5, 6), (6, 4)]),
    "star5": (5, [(1, 2), (1, 3), (1, 4), (1, 5)]),
    "k23": (5, [(1, 3), (1, 4), (1, 5), (2, 3), (2, 4), (2, 5)]),
    "no_edges": (4, []),
    "isolated_many": (30, [(1, 2)]),
    "pentagon": (5, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1)]),
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
    out = render(n, edges)
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
elif mode == "path":  # one long path: deep search, two sides of equal size
    n = num("n")
    out = render(n, [(i, i + 1) for i in range(1, n)])
elif mode == "star":
    n = num("n")
    out = render(n, [(1, i) for i in range(2, n + 1)])
elif mode == "fixed":
    n, edges = FIXED[opts["name"]]
    out = render(n, edges, relabel=n > 6)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
