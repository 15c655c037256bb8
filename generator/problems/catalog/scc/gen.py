"""Test generator of the scc tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input:
`N M`, then M lines `u v`; with the param maxc (scc.coin_collector) a line of the N vertex values comes after `N M`.

Params: maxn, maxm, [maxc]. Modes: sample kind=<a hand-made graph of HAND>; random lo= hi= [dens=] [cmax=];
shape kind=... n= m= [block=] [cmax=]; fixed name=...; invalid kind=... (n=maxn / m=maxm / cmax=maxc name the
bounds). Hand-made graphs and fixed cases are the tasks' own (see HAND, FIXED, FIXED_VALUES). Vertex values are
seeded random values in 0..cmax, a quarter of them 0."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
MAXC = int(opts["maxc"]) if "maxc" in opts else None  # present iff the input carries vertex values
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM, "maxc": MAXC}.get(value, None) or int(value)


def coins(n):
    cmax = num("cmax", "maxc")
    return [0 if rng.random() < 0.25 else rng.randint(0, cmax) for _ in range(n)]


def text(n, rows, values=None, m=None):
    """The input: `N M`, the values line when the task has one, the edge rows."""
    line = "" if MAXC is None else " ".join(map(str, values)) + "\n"
    return f"{n} {len(rows) if m is None else m}\n" + line + "".join(r + "\n" for r in rows)


def render(n, edges, shuffle=True):
    """Edges on 1..n, relabelled by a random permutation and shuffled (duplicates and self-loops dropped); values
    are drawn after the edges."""
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
    return text(n, rows, None if MAXC is None else coins(n))


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
    if kind == "star_in":  # everything points to 1: N-1 sources, no group of 2+
        return [(i, 1) for i in range(2, n + 1)]
    if kind == "two_way_path":  # a path with edges both ways: one group, only neighbours joined by an edge
        return [(i, i + 1) for i in range(1, n)] + [(i + 1, i) for i in range(1, n)]
    raise SystemExit(f"unknown shape {kind}")


HAND = {  # name: (N, edges, vertex values or None); vertices are renamed by a seeded permutation
    # scc.sources: the cycle {1,2,3} and vertex 7 are the sources; 4<->5 is entered from 3; 6 from 5; 8 from 7.
    # scc.mutual_pairs: groups {1,2,3} (3 pairs) and {4,5} (1 pair); 6, 7, 8 alone; 2 <-> 3 is not needed for
    # {1,2,3}: 4 pairs
    "hand": (8, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4), (5, 6), (7, 6), (7, 8)], None),
    # scc.sources: one source component {1,2} (a cycle: no vertex has in-degree 0), the rest entered
    "hand2": (5, [(1, 2), (2, 1), (2, 3), (3, 4), (4, 3), (4, 5)], None),
    # scc.mutual_pairs: the cycles 1 -> 2 -> 3 -> 1 and 3 -> 4 -> 5 -> 3 share vertex 3: one group of 5
    # (10 pairs); 6 is only entered
    "pairs2": (6, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 3), (5, 6), (1, 6)], None),
    # scc.coin_collector: {1,2,3} is a cycle worth 3+5+2 = 10, then 3 -> 4 (7) -> 6 (1) gives 18; the branch
    # 3 -> 5 (9) gives 19
    "coins": (6, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 6), (3, 5)], [3, 5, 2, 7, 9, 1]),
    # scc.coin_collector: a big cycle {2,3,4} reached from 1; 5 alone is richer than any single vertex:
    # 1+4+4+4 = 13 vs 10
    "coins2": (5, [(1, 2), (2, 3), (3, 4), (4, 2)], [1, 4, 4, 4, 10]),
}


def hand(kind):
    n, edges, values = HAND[kind]
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    name = [0] + perm
    named = None
    if values is not None:
        named = [0] * n
        for v in range(1, n + 1):
            named[name[v] - 1] = values[v - 1]
    rows = [f"{name[u]} {name[v]}" for u, v in edges]
    rng.shuffle(rows)
    return text(n, rows, named)


FIXED = {  # name: (N, edges), written as they are (no renaming, no vertex values)
    "single": (1, []),
    "two_none": (2, []),
    "two_cycle": (2, [(1, 2), (2, 1)]),
    "two_one": (2, [(2, 1)]),
    "isolated": (5, [(1, 2), (2, 1)]),
    "cross_to_done": (3, [(1, 2), (1, 3), (3, 2)]),  # no group of 2+, an edge into an already finished group
}
FIXED_VALUES = {  # name: (N, vertex values, edges) for the task with vertex values, written as they are
    "single": (1, [5], []),
    "single_zero": (1, [0], []),
    "two_none": (2, [3, 4], []),
    "two_cycle": (2, [3, 4], [(1, 2), (2, 1)]),
    "two_one": (2, [3, 4], [(2, 1)]),
    "all_zero": (4, [0, 0, 0, 0], [(1, 2), (2, 3)]),
    "big_values": (3, [1000000000, 1000000000, 1000000000], [(1, 2), (2, 3), (3, 1)]),
    "cycle_beats_path": (6, [2, 2, 2, 1, 1, 5], [(1, 2), (2, 3), (3, 1), (4, 5), (5, 6)]),
}


def fixed(name):
    if MAXC is not None:
        n, values, edges = FIXED_VALUES[name]
        return text(n, [f"{u} {v}" for u, v in edges], values)
    if name in FIXED:
        n, edges = FIXED[name]
        return text(n, [f"{u} {v}" for u, v in edges])
    if name == "cycle_source":  # source is a 3-cycle, everything else hangs below it
        return render(6, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6)])
    if name == "triangle":  # one group of 3 with no edge in both directions
        return render(3, [(1, 2), (2, 3), (3, 1)])
    if name == "two_way_path":  # 1 <-> 2 <-> ... <-> 7: every pair reaches each other, only neighbours by an edge
        return render(7, shape("two_way_path", 7, 0))
    if name == "complete":  # all 20 * 19 ordered pairs
        return render(20, [(u, v) for u in range(1, 21) for v in range(1, 21) if u != v])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def bad(n, rows, values=None, m=None):
        return text(n, rows, [1] * n if values is None else values, m)
    base = ["1 2", "2 3", "3 1", "3 4"]
    if kind == "n_too_big":
        return bad(MAXN + 1, base)
    if kind == "n_zero":
        return bad(0, [])
    if kind == "m_too_big":
        n = 1000
        rows, seen = [], set()
        while len(rows) < MAXM + 1:
            u, v = rng.randint(1, n), rng.randint(1, n)
            if u != v and (u, v) not in seen:
                seen.add((u, v))
                rows.append(f"{u} {v}")
        return bad(n, rows)
    if kind == "coin_too_big" and MAXC is not None:
        return bad(4, base, [1, MAXC + 1, 1, 1])
    if kind == "coin_negative" and MAXC is not None:
        return bad(4, base, [1, -1, 1, 1])
    if kind == "too_few_coins" and MAXC is not None:
        return bad(4, base, [1, 1, 1])
    if kind == "self_loop":
        return bad(4, base[:3] + ["4 4"])
    if kind == "duplicate_edge":
        return bad(4, base + ["1 2"])
    if kind == "vertex_out_of_range":
        return bad(4, base[:3] + ["3 5"])
    if kind == "vertex_zero":
        return bad(4, base[:3] + ["0 4"])
    if kind == "too_few_edges":
        return bad(4, base, m=5)
    if kind == "too_many_edges":
        return bad(4, base, m=3)
    if kind == "double_space":
        return bad(4, base[:3] + ["3  4"])
    if kind == "leading_zero":
        return bad(4, base[:3] + ["03 4"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = hand(opts["kind"])
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
