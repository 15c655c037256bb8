"""Test generator for the tree-traversal tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one
input.

Params from task.toml: variant (parents | subtree_sizes | ancestor_queries | max_independent), maxn, [maxq]
(ancestor_queries), [maxa] (max_independent). Modes: sample kind=hand|hand2|random; random lo= hi= [qcap=] [acap=];
shape kind=random|deep|path|star|caterpillar|broom|binary|spider n= [q=] [a=rand|max|one|trap] [keep1=1];
fixed name=...; invalid kind=...  n and q may name bounds (n=maxn, q=maxq). Labels are shuffled unless keep1=1.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXN = int(opts["maxn"])
MAXQ = int(opts.get("maxq", "0"))
MAXA = int(opts.get("maxa", "0"))
rng = random.Random(seed)


def size(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxq": MAXQ}.get(value) or int(value)


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


def values(n, edges, how, acap):
    """Vertex values on labels 1..n. trap: large values two levels apart, so taking a whole depth parity loses."""
    if how == "max":
        return [0] + [acap] * n
    if how == "one":
        return [0] + [1] * n
    if how == "trap":
        depth = [0] * (n + 1)
        for u, v in edges:
            depth[v] = depth[u] + 1
        return [0] + [rng.randint(acap // 2, acap) if depth[v] % 3 == 0 else rng.randint(1, max(1, acap // 50))
                      for v in range(1, n + 1)]
    return [0] + [rng.randint(1, acap) for _ in range(n)]


def queries(n, q, parent_of):
    """Pairs (u, v): a third are true ancestors (walked up from v), the rest random, some with u = v."""
    out = []
    for _ in range(q):
        v = rng.randint(1, n)
        r = rng.random()
        if r < 0.35:
            u, steps = v, rng.randint(0, 30)
            while steps and parent_of[u]:
                u, steps = parent_of[u], steps - 1
        elif r < 0.45:
            u = v
        elif r < 0.6 and parent_of[v]:
            u = v  # a vertex and its child, asked the other way round (child is not an ancestor)
            v = parent_of[v]
        else:
            u = rng.randint(1, n)
        out.append((u, v))
    return out


def render(n, edges, shuffle=True, keep1=False, q=None, how=None, fixed_values=None, fixed_queries=None):
    name = list(range(n + 1))
    if shuffle and not keep1:
        perm = [1] + rng.sample(range(2, n + 1), n - 1)  # the root keeps label 1
        name = [0] + perm
    rows = []
    for u, v in edges:
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    if VARIANT == "ancestor_queries":
        parent_of = [0] * (n + 1)
        for u, v in edges:
            parent_of[name[v]] = name[u]
        pairs = fixed_queries if fixed_queries is not None else queries(n, q, parent_of)
        return (f"{n} {len(pairs)}\n" + "".join(r + "\n" for r in rows)
                + "".join(f"{u} {v}\n" for u, v in pairs))
    if VARIANT == "max_independent":
        vals = fixed_values or values(n, edges, how or opts.get("a", "rand"), int(opts.get("acap", MAXA)))
        renamed = [0] * (n + 1)
        for old in range(1, n + 1):
            renamed[name[old]] = vals[old]
        return f"{n}\n" + " ".join(map(str, renamed[1:])) + "\n" + "".join(r + "\n" for r in rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # vertex 1 is not the smaller end of every edge: "4 2" has the parent 2 second
    "hand": (7, [(1, 3), (3, 5), (1, 2), (2, 4), (2, 6), (6, 7)]),
    "hand2": (6, [(1, 6), (6, 2), (2, 3), (6, 5), (5, 4)]),
}
HAND_VALUES = {"hand": [0, 3, 2, 6, 5, 1, 2, 4], "hand2": [0, 1, 5, 4, 2, 6, 3]}
HAND_QUERIES = {"hand": [(2, 7), (3, 7), (1, 5), (7, 6), (4, 4)], "hand2": [(6, 3), (2, 4), (5, 4), (4, 5)]}


def hand(kind):
    n, edges = HAND[kind]
    name = sample_names(n)  # the root 1 stays the root
    rows = [f"{name[u]} {name[v]}" if (u + v + len(kind)) % 3 else f"{name[v]} {name[u]}" for u, v in edges]
    body = "".join(r + "\n" for r in rows)
    if VARIANT == "ancestor_queries":
        qs = HAND_QUERIES[kind]
        return f"{n} {len(qs)}\n" + body + "".join(f"{name[u]} {name[v]}\n" for u, v in qs)
    if VARIANT == "max_independent":
        value = [0] * (n + 1)
        for v in range(1, n + 1):
            value[name[v]] = HAND_VALUES[kind][v]
        return f"{n}\n" + " ".join(map(str, value[1:])) + "\n" + body
    return f"{n}\n" + body

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
        return render(1, [], q=1, fixed_queries=[(1, 1)] if VARIANT == "ancestor_queries" else None)
    if name == "two":
        return render(2, [(1, 2)], shuffle=False, fixed_queries=[(1, 2), (2, 1), (2, 2)])
    if name == "star":
        return render(7, shape_edges("star", 7), q=12)
    if name == "path":  # labels reversed: vertex N is the child of vertex 1
        n = 9
        order = [1] + list(range(n, 1, -1))
        edges = [(order[i], order[i + 1]) for i in range(n - 1)]
        return render(n, edges, shuffle=False, q=15)
    if name == "path_values":  # alternate picks are not optimal: 5 1 1 5
        return render(4, [(1, 2), (2, 3), (3, 4)], shuffle=False, fixed_values=[0, 5, 1, 1, 5])
    if name == "max_values":
        return render(8, shape_edges("binary", 8), how="max")
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    vals = "1 1 1 1\n" if VARIANT == "max_independent" else ""
    q = "1 2\n" if VARIANT == "ancestor_queries" else ""
    head = "4 1\n" if VARIANT == "ancestor_queries" else "4\n" + vals

    def text(rows, header=head, tail=q):
        return header + "".join(r + "\n" for r in rows) + tail

    base = ["1 2", "2 3", "3 4"]
    if kind == "n_too_big":
        n = MAXN + 1
        header = f"{n} 1\n" if VARIANT == "ancestor_queries" else f"{n}\n" + (
            " ".join(["1"] * n) + "\n" if VARIANT == "max_independent" else "")
        return text([f"{i - 1} {i}" for i in range(2, n + 1)], header)
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
    if kind == "q_zero":
        return text(base, "4 0\n", "")
    if kind == "q_too_big":
        return text(base, f"4 {MAXQ + 1}\n", "1 2\n" * (MAXQ + 1))
    if kind == "query_out_of_range":
        return text(base, tail="1 5\n")
    if kind == "value_zero":
        return text(base, "4\n1 0 1 1\n")
    if kind == "value_too_big":
        return text(base, f"4\n1 {MAXA + 1} 1 1\n")
    if kind == "too_few_values":
        return text(base, "4\n1 1 1\n")
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    kind = opts.get("kind", "hand")
    if kind == "random":
        n = rng.randint(6, 9)
        out = render(n, shape_edges("random", n), q=6, how="rand")
    else:
        out = hand(kind)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = shape_edges(rng.choice(["random", "deep", "caterpillar", "spider", "random"]), n)
    out = render(n, edges, q=rng.randint(1, min(MAXQ, int(opts.get("qcap", "10")))) if MAXQ else None)
elif mode == "shape":
    n = size("n")
    out = render(n, shape_edges(opts["kind"], n), keep1=opts.get("keep1") == "1", q=size("q", "maxq") if MAXQ else None)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
