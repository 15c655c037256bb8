"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: `N K`, N-1 edges,
then K lines `v c` (vertex v must get colour c).

Params: maxn. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=random|deep|path|star|caterpillar|broom|
binary|spider n= [fix=none|few|half|all|conflict|leaves]; fixed name=...; invalid kind=...  n may name the bound
(n=maxn). Every non-trivial test depends on the seed: labels other than 1 are permuted, colours drawn from it.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def size(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def shape_edges(kind, n):
    """Edges (parent, child) of a tree on 1..n rooted at 1."""
    if n == 1:
        return []
    if kind == "random":
        return [(rng.randint(1, i - 1), i) for i in range(2, n + 1)]
    if kind == "deep":
        return [(rng.randint(max(1, i - 3), i - 1), i) for i in range(2, n + 1)]
    if kind == "path":
        return [(i - 1, i) for i in range(2, n + 1)]
    if kind == "star":
        return [(1, i) for i in range(2, n + 1)]
    if kind == "binary":
        return [(i // 2, i) for i in range(2, n + 1)]
    if kind == "caterpillar":
        spine = max(2, n // 2)
        return [(i - 1, i) for i in range(2, spine + 1)] + [(rng.randint(1, spine), i) for i in range(spine + 1, n + 1)]
    if kind == "broom":
        handle = max(2, n // 2)
        return [(i - 1, i) for i in range(2, handle + 1)] + [(handle, i) for i in range(handle + 1, n + 1)]
    if kind == "spider":
        legs = rng.randint(2, max(2, min(8, n - 1)))
        edges, last = [], [1] * legs
        for i in range(2, n + 1):
            leg = rng.randrange(legs)
            edges.append((last[leg], i))
            last[leg] = i
        return edges
    raise SystemExit(f"unknown shape {kind}")


def proper_colouring(n, edges):
    """A random proper colouring of the unrenamed tree (parents come before children in `edges`' order? not
    always, so colour in BFS order from the root)."""
    kids = [[] for _ in range(n + 1)]
    for u, v in edges:
        kids[u].append(v)
    colour = [0] * (n + 1)
    colour[1] = rng.randint(1, 3)
    queue = [1]
    for x in queue:
        for y in kids[x]:
            colour[y] = rng.choice([c for c in (1, 2, 3) if c != colour[x]])
            queue.append(y)
    return colour


def fixings(n, edges, how):
    """(vertex, colour) pairs on unrenamed vertices.
    few / half / all: a random subset of a proper colouring (answer > 0); conflict: like half, plus one edge
    with both ends given the same colour (answer 0); leaves: the children of some free vertices get two
    different colours, so the parent has one colour left (top-down counting overcounts); none: K = 0."""
    if how == "none" or n == 1 and how != "all":
        return []
    colour = proper_colouring(n, edges)
    if how == "all":
        return [(v, colour[v]) for v in range(1, n + 1)]
    if how == "leaves":
        kids = [[] for _ in range(n + 1)]
        for u, v in edges:
            kids[u].append(v)
        out = {}
        for v in range(1, n + 1):
            if len(kids[v]) >= 2 and rng.random() < 0.5:
                a, b = rng.sample(kids[v], 2)
                out[a], out[b] = colour[a], colour[b]
                if colour[a] == colour[b]:
                    out[b] = 6 - colour[v] - colour[a]  # the third colour: still proper, two different ones
        for v, c in out.items():
            colour[v] = c
        # a kept pair might now clash with its own fixed child: drop fixings that clash with a fixed parent
        parent = [0] * (n + 1)
        for u, v in edges:
            parent[v] = u
        return [(v, c) for v, c in out.items() if not (parent[v] in out and out[parent[v]] == c)]
    share = {"few": 0.1, "half": 0.5, "conflict": 0.5}[how]
    chosen = {v: colour[v] for v in range(1, n + 1) if rng.random() < share}
    if how == "conflict" and edges:
        u, v = rng.choice(edges)
        chosen[u] = chosen.get(u, colour[u])
        chosen[v] = chosen[u]
    return list(chosen.items())


def render(n, edges, fixed_pairs, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        name = [0, 1] + rng.sample(range(2, n + 1), n - 1)  # the root keeps label 1
    rows = []
    for u, v in edges:
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b}")
    pairs = [f"{name[v]} {c}" for v, c in fixed_pairs]
    if shuffle:
        rng.shuffle(rows)
        rng.shuffle(pairs)
    return f"{n} {len(pairs)}\n" + "".join(r + "\n" for r in rows) + "".join(p + "\n" for p in pairs)


HAND = {
    # vertex 2 is free but its children 4 and 5 are given colours 1 and 2: vertex 2 must be 3
    "hand": (6, [(1, 2), (1, 3), (2, 4), (2, 5), (3, 6)], [(4, 1), (5, 2), (6, 1)]),
    # vertex 1 and vertex 3 are given different colours: vertex 2 between them has one colour left
    "hand2": (5, [(1, 2), (2, 3), (3, 4), (3, 5)], [(1, 1), (3, 3)]),
}


def fixed(name):
    if name == "single":
        return "1 0\n"
    if name == "single_fixed":
        return f"1 1\n1 {rng.randint(1, 3)}\n"
    if name == "two_clash":
        return "2 2\n1 2\n1 3\n2 3\n"
    if name == "two_free":
        return "2 0\n2 1\n"
    if name == "star_forced":  # the centre's children use two colours: the centre has one left
        return render(6, shape_edges("star", 6), [(2, 1), (3, 2), (4, 1)])
    if name == "path_all":
        n = 9
        return render(n, shape_edges("path", n), fixings(n, shape_edges("path", n), "all"))
    if name == "clash_far":  # a conflict deep in the tree
        n = 9
        edges = shape_edges("random", n)
        return render(n, edges, fixings(n, edges, "conflict"))
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    base = ["1 2", "2 3", "3 4"]

    def text(rows=base, header="4 1\n", tail="2 1\n"):
        return header + "".join(r + "\n" for r in rows) + tail

    if kind == "n_too_big":
        n = MAXN + 1
        return text([f"{i - 1} {i}" for i in range(2, n + 1)], f"{n} 0\n", "")
    if kind == "n_zero":
        return "0 0\n"
    if kind == "not_connected":
        return text(["1 2", "2 3", "3 1"])
    if kind == "self_loop":
        return text(["1 2", "2 3", "3 3"])
    if kind == "duplicate_edge":
        return text(["1 2", "2 3", "2 1"])
    if kind == "vertex_out_of_range":
        return text(["1 2", "2 3", "3 5"])
    if kind == "too_few_edges":
        return text(base[:2])
    if kind == "double_space":
        return text(["1 2", "2  3", "3 4"])
    if kind == "leading_zero":
        return text(["1 2", "02 3", "3 4"])
    if kind == "colour_zero":
        return text(tail="2 0\n")
    if kind == "colour_four":
        return text(tail="2 4\n")
    if kind == "k_too_big":
        return text(header="4 5\n", tail="1 1\n2 2\n3 1\n4 2\n1 1\n")
    if kind == "same_vertex_twice":
        return text(header="4 2\n", tail="2 1\n2 1\n")
    if kind == "fixed_out_of_range":
        return text(tail="5 1\n")
    if kind == "too_few_fixings":
        return text(header="4 2\n")
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, pairs = HAND[opts.get("kind", "hand")]
    out = render(n, edges, pairs)  # renamed by the seed, so samples differ from problem to problem
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = shape_edges(rng.choice(["random", "deep", "caterpillar", "spider", "broom", "binary"]), n)
    out = render(n, edges, fixings(n, edges, rng.choice(["none", "few", "half", "conflict", "leaves", "leaves"])))
elif mode == "shape":
    n = size("n")
    edges = shape_edges(opts["kind"], n)
    out = render(n, edges, fixings(n, edges, opts.get("fix", "few")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
