"""Test generator for lca.kth_on_path (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: maxn, maxq. The tree is rooted at vertex 1; a query `u v k` asks for the k-th vertex on
the route from u to v, 1 <= k <= dist(u, v) + 1. Modes: sample kind=hand|hand2; random lo= hi= [qhi=];
shape kind=random|deep|path|spider2|caterpillar|binary|star|broom n= q= [qkind=mixed|far|turn]; fixed name=...;
invalid kind=... Labels other than 1 are shuffled, edge lines shuffled and each edge's ends swapped at random."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxq": MAXQ}.get(value) or int(value)


def shape_edges(kind, n):
    """(parent, child) edges of a tree on 1..n rooted at 1; children have larger numbers than parents."""
    if n == 1:
        return []
    if kind == "random":
        return [(rng.randint(1, i - 1), i) for i in range(2, n + 1)]
    if kind == "deep":
        return [(rng.randint(max(1, i - 3), i - 1), i) for i in range(2, n + 1)]
    if kind == "path":
        return [(i - 1, i) for i in range(2, n + 1)]
    if kind == "spider2":  # two long legs from the root: routes between the legs turn at the root
        return [(max(1, i - 2), i) for i in range(2, n + 1)]
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
    raise SystemExit(f"unknown shape {kind}")


class Tree:
    """Parents and depths of the generated shape (parents have smaller numbers) with binary lifting."""

    def __init__(self, n, edges):
        self.parent = [0] * (n + 1)
        self.parent[1] = 1
        self.depth = [0] * (n + 1)
        for p, c in sorted(edges, key=lambda e: e[1]):
            self.parent[c] = p
            self.depth[c] = self.depth[p] + 1
        self.up = [self.parent]
        for _ in range(max(1, n.bit_length())):
            prev = self.up[-1]
            self.up.append([prev[prev[v]] for v in range(n + 1)])

    def ancestor(self, v, steps):
        k = 0
        while steps:
            if steps & 1:
                v = self.up[k][v]
            steps >>= 1
            k += 1
        return v

    def lca(self, u, v):
        if self.depth[u] < self.depth[v]:
            u, v = v, u
        u = self.ancestor(u, self.depth[u] - self.depth[v])
        if u == v:
            return u
        for row in reversed(self.up):
            if row[u] != row[v]:
                u, v = row[u], row[v]
        return self.parent[u]


def pick_k(tree, u, v, how):
    w = tree.lca(u, v)
    up_len = tree.depth[u] - tree.depth[w]
    dist = up_len + tree.depth[v] - tree.depth[w]
    choice = how if how != "mixed" else rng.choice(["any", "any", "any", "first", "last", "turn", "after_turn"])
    if choice == "first":
        return 1
    if choice == "last":
        return dist + 1
    if choice == "turn":  # the LCA itself
        return up_len + 1
    if choice == "after_turn":  # the first vertex on the way down
        return min(dist + 1, up_len + 2)
    return rng.randint(1, dist + 1)


def queries(n, edges, q, kind):
    tree = Tree(n, edges)
    out = []
    for _ in range(q):
        how = kind if kind not in ("mixed", "turn") else rng.choice(["random", "random", "random", "ancestor",
                                                                      "equal", "deep"])
        if how == "equal":
            v = rng.randint(1, n)
            u = v
        elif how == "ancestor":  # v and one of its ancestors, in either order
            v = rng.randint(1, n)
            u = tree.ancestor(v, rng.randint(0, tree.depth[v]))
            if rng.random() < 0.5:
                u, v = v, u
        elif how in ("deep", "far"):  # both from the deepest part (largest numbers sit deepest in long shapes)
            lo = max(1, n - max(2, n // 20)) if how == "deep" else max(1, n - 2)
            u, v = rng.randint(lo, n), rng.randint(lo, n)
        else:
            u, v = rng.randint(1, n), rng.randint(1, n)
        out.append((u, v, pick_k(tree, u, v, "turn" if kind == "turn" else "mixed")))
    return out


def render(n, edges, qs, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        rest = list(range(2, n + 1))
        rng.shuffle(rest)
        name = [0, 1] + rest
    rows = []
    for u, v in edges:
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return (f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qs)}\n"
            + "".join(f"{name[a]} {name[b]} {k}\n" for a, b, k in qs))


HAND = {
    # root 1; 6 -> 7 turns at 2 (6 4 2 5 7); 5 -> 8 turns at the root; 4 -> 2 only climbs; 2 -> 6 only descends
    "hand": (8, [(1, 2), (1, 3), (2, 4), (4, 6), (2, 5), (5, 7), (3, 8)],
             [(6, 7, 4), (5, 8, 3), (4, 2, 2), (2, 6, 2), (8, 8, 1), (6, 7, 3)]),
    "hand2": (7, [(1, 2), (2, 3), (3, 4), (2, 5), (5, 6), (1, 7)], [(4, 6, 5), (7, 4, 3), (6, 1, 2), (4, 6, 1)]),
}


def fixed(name):
    if name == "single":
        return render(1, [], [(1, 1, 1)])
    if name == "two":
        return render(2, [(1, 2)], [(1, 2, 1), (1, 2, 2), (2, 1, 1), (2, 1, 2), (2, 2, 1)])
    if name == "path_ends":
        n = 50
        return render(n, shape_edges("path", n), [(n, 1, n), (n, 1, 1), (1, n, n - 1), (1, n, 2), (n, n - 1, 2)])
    if name == "siblings":
        return render(7, shape_edges("star", 7), [(a, b, k) for a in range(2, 8) for b in range(2, 8)
                                                  if a != b for k in (1, 2, 3)])
    if name == "binary_all":  # every pair and every position on its route
        n = 15
        edges = shape_edges("binary", n)
        tree = Tree(n, edges)
        qs = []
        for a in range(1, n + 1):
            for b in range(1, n + 1):
                if (a + b) % 2 == 0 or a == b:
                    w = tree.lca(a, b)
                    dist = tree.depth[a] + tree.depth[b] - 2 * tree.depth[w]
                    qs.extend((a, b, k) for k in range(1, dist + 2))
        return render(n, edges, qs)
    if name == "turns":  # long legs: every position around the turn at the root
        n = 41
        edges = shape_edges("spider2", n)
        return render(n, edges, [(n, n - 1, k) for k in range(1, n + 1)] + [(n - 1, n, k) for k in (20, 21, 22)])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    base = ["1 2", "2 3", "2 4"]
    qs = ["3 4 2", "1 3 3"]

    def text(n, rows, qrows, q=None):
        return (f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qrows) if q is None else q}\n"
                + "".join(r + "\n" for r in qrows))

    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, [f"{i - 1} {i}" for i in range(2, n + 1)], qs)
    if kind == "q_too_big":
        return text(4, base, ["3 4 1"] * (MAXQ + 1))
    if kind == "q_zero":
        return text(4, base, [])
    if kind == "not_connected":
        return text(4, ["1 2", "2 3", "3 1"], qs)
    if kind == "self_loop":
        return text(4, ["1 2", "2 3", "4 4"], qs)
    if kind == "vertex_out_of_range":
        return text(4, ["1 2", "2 3", "2 5"], qs)
    if kind == "query_out_of_range":
        return text(4, base, ["3 5 1", "1 3 3"])
    if kind == "k_zero":
        return text(4, base, ["3 4 0", "1 3 3"])
    if kind == "k_past_end":  # the route 3-2-4 has 3 vertices
        return text(4, base, ["3 4 4", "1 3 3"])
    if kind == "k_past_end_equal":
        return text(4, base, ["3 3 2"])
    if kind == "missing_k":
        return text(4, base, ["3 4", "1 3 3"])
    if kind == "too_few_queries":
        return text(4, base, qs, q=3)
    if kind == "double_space":
        return text(4, base, ["3  4 2", "1 3 3"])
    if kind == "leading_zero":
        return text(4, ["1 2", "02 3", "2 4"], qs)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, qs = HAND[opts.get("kind", "hand")]
    out = render(n, edges, qs)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = shape_edges(rng.choice(["random", "deep", "caterpillar", "binary", "random"]), n)
    q = rng.randint(1, min(MAXQ, int(opts.get("qhi", "12"))))
    out = render(n, edges, queries(n, edges, q, "mixed"))
elif mode == "shape":
    n = num("n")
    edges = shape_edges(opts["kind"], n)
    out = render(n, edges, queries(n, edges, num("q"), opts.get("qkind", "mixed")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
