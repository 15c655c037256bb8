"""Test generator for scc.mutual_pairs (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|hand2; random lo= hi= [dens=]; shape kind=... n= m=; fixed name=...;
invalid kind=... (n=maxn / m=maxm name the bounds)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value, None) or int(value)


def render(n, edges, shuffle=True):
    """Edges on 1..n, relabelled by a random permutation and shuffled (duplicates and self-loops dropped)."""
    name = list(range(n + 1))
    if shuffle:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        name = [0] + perm
    seen, rows = set(), []
    for u, v in edges:
        a, b = name[u], name[v]
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            rows.append(f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)


def clusters(n, m, sizes_max, back=0.0):
    """Vertices split into random blocks; each block of 2+ vertices is a cycle plus chords; other edges go
    forward between blocks (a DAG of components), a fraction `back` of them may close bigger cycles."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges, blocks, i = [], [], 0
    while i < n:
        s = rng.randint(1, sizes_max)
        blocks.append(order[i:i + s])
        i += s
    pos = {}
    for bi, block in enumerate(blocks):
        for v in block:
            pos[v] = bi
        if len(block) > 1:
            edges += [(block[j], block[(j + 1) % len(block)]) for j in range(len(block))]
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if pos[u] == pos[v] or pos[u] < pos[v] or rng.random() < back:
            edges.append((u, v))
    return edges[:m] if len(edges) > m else edges


def shape(kind, n, m):
    if kind == "path":  # one long chain 1 -> 2 -> ... -> n: deep search, N components, 1 source
        return [(i, i + 1) for i in range(1, n)]
    if kind == "cycle":  # one big cycle: 1 component, 1 source
        return [(i, i % n + 1) for i in range(1, n + 1)]
    if kind == "back_path":  # chain 1 -> ... -> n plus edges back: one component, deep Tarjan stack
        return [(i, i + 1) for i in range(1, n)] + [(i, rng.randint(1, i)) for i in range(2, n + 1, 3)] + [(n, 1)]
    if kind == "cycles_chain":  # cycles of 2-5 vertices in a row, each linked to the next: sources are cycles
        edges, start = [], 1
        prev = None
        while start <= n:
            s = min(rng.randint(2, 5), n - start + 1)
            block = list(range(start, start + s))
            if s > 1:
                edges += [(block[j], block[(j + 1) % s]) for j in range(s)]
            if prev is not None and rng.random() < 0.7:
                edges.append((rng.choice(prev), rng.choice(block)))
            prev, start = block, start + s
        return edges
    if kind == "dag":
        edges = []
        for _ in range(m):
            u, v = rng.randint(1, n), rng.randint(1, n)
            edges.append((min(u, v), max(u, v)))
        return edges
    if kind == "clusters":
        return clusters(n, m, int(opts.get("block", 6)))
    if kind == "random":
        return [(rng.randint(1, n), rng.randint(1, n)) for _ in range(m)]
    if kind == "star_in":  # everything points to 1: no group of 2+
        return [(i, 1) for i in range(2, n + 1)]
    if kind == "two_way_path":  # a path with edges both ways: one group, only neighbours joined by an edge
        return [(i, i + 1) for i in range(1, n)] + [(i + 1, i) for i in range(1, n)]
    raise SystemExit(f"unknown shape {kind}")


HAND = {
    # groups {1,2,3} (3 pairs) and {4,5} (1 pair); 6, 7, 8 alone; 2 <-> 3 is not needed for {1,2,3}: 4 pairs
    "hand": (8, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4), (5, 6), (7, 6), (7, 8)]),
    # the cycles 1 -> 2 -> 3 -> 1 and 3 -> 4 -> 5 -> 3 share vertex 3: one group of 5 (10 pairs); 6 is only entered
    "hand2": (6, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 3), (5, 6), (1, 6)]),
}


def hand(kind):
    n, edges = HAND[kind]
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    rows = [f"{name[u]} {name[v]}" for u, v in edges]
    rng.shuffle(rows)
    return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)


def fixed(name):
    if name == "single":
        return "1 0\n"
    if name == "two_none":
        return "2 0\n"
    if name == "two_cycle":
        return "2 2\n1 2\n2 1\n"
    if name == "two_one":
        return "2 1\n2 1\n"
    if name == "triangle":  # one group of 3 with no edge in both directions
        return render(3, [(1, 2), (2, 3), (3, 1)])
    if name == "cross_to_done":  # 1 -> 2, 1 -> 3, 3 -> 2: no group of 2+, an edge into an already finished group
        return "3 3\n1 2\n1 3\n3 2\n"
    if name == "two_way_path":  # 1 <-> 2 <-> ... <-> 7: every pair reaches each other, only neighbours by an edge
        return render(7, [(i, i + 1) for i in range(1, 7)] + [(i + 1, i) for i in range(1, 7)])
    if name == "complete":  # all 20 * 19 ordered pairs
        return render(20, [(u, v) for u in range(1, 21) for v in range(1, 21) if u != v])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(n, rows, m=None):
        return f"{n} {len(rows) if m is None else m}\n" + "".join(r + "\n" for r in rows)
    base = ["1 2", "2 3", "3 1", "3 4"]
    if kind == "n_too_big":
        return text(MAXN + 1, base)
    if kind == "n_zero":
        return "0 0\n"
    if kind == "m_too_big":
        n = 1000
        rows, seen = [], set()
        while len(rows) < MAXM + 1:
            u, v = rng.randint(1, n), rng.randint(1, n)
            if u != v and (u, v) not in seen:
                seen.add((u, v))
                rows.append(f"{u} {v}")
        return text(n, rows)
    if kind == "self_loop":
        return text(4, base[:3] + ["4 4"])
    if kind == "duplicate_edge":
        return text(4, base + ["1 2"])
    if kind == "vertex_out_of_range":
        return text(4, base[:3] + ["3 5"])
    if kind == "vertex_zero":
        return text(4, base[:3] + ["0 4"])
    if kind == "too_few_edges":
        return text(4, base, m=5)
    if kind == "too_many_edges":
        return text(4, base, m=3)
    if kind == "double_space":
        return text(4, base[:3] + ["3  4"])
    if kind == "leading_zero":
        return text(4, base[:3] + ["03 4"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = hand(opts.get("kind", "hand"))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    kind = rng.choice(["random", "clusters", "clusters", "dag", "cycles_chain"])
    m = rng.randint(0, min(MAXM, n * (n - 1), int(float(opts.get("dens", "1.5")) * n)))
    out = render(n, shape(kind, n, m))
elif mode == "shape":
    n = num("n")
    m = min(num("m", "0"), MAXM)
    out = render(n, shape(opts["kind"], n, m))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
