"""Test generator for the tree-diameter tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one
input.

Params from task.toml: variant (farthest_from_one | diameter | weighted | eccentricity), maxn, [maxw] (present
iff edges carry weights). Modes: sample kind=hand|hand2|random; random lo= hi= [wcap=];
shape kind=random|deep|path|star|caterpillar|broom|binary|spider n= [w=rand|one|max|skew] [keep1=1];
fixed name=...; invalid kind=...  n may name the bound (n=maxn). Labels are shuffled unless keep1=1 (vertex 1
stays where the shape put it, e.g. the centre of a star or an end of a path).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXN = int(opts["maxn"])
MAXW = int(opts["maxw"]) if "maxw" in opts else None
rng = random.Random(seed)


def size(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def shape_edges(kind, n):
    """Edges (parent, child) of a tree on 1..n with vertex 1 as the shape's root."""
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
        edges, last, leg = [], [1] * legs, 0
        for i in range(2, n + 1):
            leg = rng.randrange(legs)
            edges.append((last[leg], i))
            last[leg] = i
        return edges
    raise SystemExit(f"unknown shape {kind}")


def weight(how, wcap):
    if how == "one":
        return 1
    if how == "max":
        return wcap
    return rng.randint(1, wcap)


def render(n, edges, weights=None, shuffle=True, keep1=False):
    """edges on labels 1..n; weights parallel to edges (None: unweighted task or draw them)."""
    if MAXW is not None and weights is None:
        weights = [weight(opts.get("w", "rand"), int(opts.get("wcap", MAXW))) for _ in edges]
    name = list(range(n + 1))
    if shuffle and not keep1:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        name = [0] + perm
    rows = []
    for k, (u, v) in enumerate(edges):
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b} {weights[k]}" if MAXW is not None else f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return f"{n}\n" + "".join(row + "\n" for row in rows)


def skew_weights(edges, n):
    """Light edges on the longest chain from vertex 1, heavy ones elsewhere: the vertex farthest in edges is
    not the one farthest in length."""
    depth = [0] * (n + 1)
    for u, v in edges:
        depth[v] = depth[u] + 1
    deepest = max(range(1, n + 1), key=lambda x: depth[x])
    parent = {v: u for u, v in edges}
    chain, x = set(), deepest
    while x != 1:
        chain.add(x)
        x = parent[x]
    return [1 if v in chain else rng.randint(MAXW // 2, MAXW) for _, v in edges]


HAND_UNWEIGHTED = {
    # vertex 1 sits on a branch: the farthest vertex from 1 is 7 (4 edges) while the diameter is 6-...-7 (5 edges)
    "hand": (8, [(1, 2), (2, 3), (3, 4), (4, 7), (2, 5), (5, 6), (3, 8)]),
    "hand2": (6, [(3, 1), (3, 2), (3, 4), (4, 5), (4, 6)]),
}
HAND_WEIGHTED = {
    # the vertex with most edges from 1 (6, three light edges) is not an end of the heaviest path (5 ... 4)
    "hand": (7, [(1, 2, 1), (2, 3, 1), (3, 6, 1), (1, 4, 7), (1, 5, 6), (5, 7, 2)]),
    "hand2": (5, [(1, 2, 3), (2, 3, 4), (2, 4, 2), (4, 5, 6)]),
}


def hand(kind):
    if MAXW is None:
        n, edges = HAND_UNWEIGHTED[kind]
        name = sample_names(n)
        return f"{n}\n" + "".join(f"{name[u]} {name[v]}\n" for u, v in edges)
    n, edges = HAND_WEIGHTED[kind]
    name = sample_names(n)
    return f"{n}\n" + "".join(f"{name[u]} {name[v]} {w}\n" for u, v, w in edges)

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



def fixed(name):
    if name == "single":
        return "1\n"
    if name == "two":
        return render(2, [(1, 2)], shuffle=False)
    if name == "star_center1":
        return render(7, shape_edges("star", 7), keep1=True)
    if name == "path_end1":
        return render(9, shape_edges("path", 9), shuffle=False)
    if name == "path_mid1":  # vertex 1 in the middle of a path
        return render(9, [(2, 3), (3, 4), (4, 5), (5, 1), (1, 6), (6, 7), (7, 8), (8, 9)], shuffle=False)
    if name == "spider_trap" and MAXW is not None:  # centre 1: a long light leg and two short heavy legs
        edges = [(1, 2), (2, 3), (3, 4), (4, 5), (1, 6), (6, 7), (1, 8), (8, 9)]
        return render(9, edges, weights=[1, 1, 1, 1, MAXW, MAXW, MAXW - 1, MAXW], shuffle=False)
    if name == "heavy" and MAXW is not None:
        return render(6, shape_edges("path", 6), weights=[MAXW] * 5)
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    w = " 1" if MAXW is not None else ""
    base = [f"1 2{w}", f"2 3{w}", f"3 4{w}"]

    def text(n, rows):
        return f"{n}\n" + "".join(row + "\n" for row in rows)

    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, [f"{i - 1} {i}{w}" for i in range(2, n + 1)])
    if kind == "n_zero":
        return "0\n"
    if kind == "not_connected":  # N-1 edges but a cycle 1-2-3 and vertex 4 alone
        return text(4, [f"1 2{w}", f"2 3{w}", f"3 1{w}"])
    if kind == "self_loop":
        return text(4, [f"1 2{w}", f"2 3{w}", f"3 3{w}"])
    if kind == "duplicate_edge":
        return text(4, [f"1 2{w}", f"2 3{w}", f"2 1{w}"])
    if kind == "vertex_out_of_range":
        return text(4, [f"1 2{w}", f"2 3{w}", f"3 5{w}"])
    if kind == "vertex_zero":
        return text(4, [f"0 2{w}", f"2 3{w}", f"3 4{w}"])
    if kind == "too_few_edges":
        return text(4, base[:2])
    if kind == "too_many_edges":
        return text(4, base + [f"1 4{w}"])
    if kind == "double_space":
        return text(4, [base[0], base[1].replace(" ", "  ", 1), base[2]])
    if kind == "leading_zero":
        return text(4, [base[0], "02" + base[1][1:], base[2]])
    if kind == "weight_zero":
        return text(4, ["1 2 1", "2 3 0", "3 4 1"])
    if kind == "weight_too_big":
        return text(4, ["1 2 1", f"2 3 {MAXW + 1}", "3 4 1"])
    if kind == "missing_weight":
        return text(4, ["1 2 1", "2 3", "3 4 1"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    kind = opts.get("kind", "hand")
    if kind == "random":
        n = rng.randint(6, 9)
        out = render(n, shape_edges("random", n))
    else:
        out = hand(kind)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(n, shape_edges(rng.choice(["random", "deep", "caterpillar", "spider", "random"]), n))
elif mode == "shape":
    n = size("n")
    kind = opts["kind"]
    edges = shape_edges(kind, n)
    keep1 = opts.get("keep1") == "1"
    if MAXW is not None and opts.get("w") == "skew":
        out = render(n, edges, weights=skew_weights(edges, n), keep1=keep1)
    else:
        out = render(n, edges, keep1=keep1)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
