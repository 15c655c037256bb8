"""Test generator for the LCA tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params from task.toml: maxn, maxq, [maxw] (present iff edges carry weights), [variant]. Modes: sample
kind=hand|hand2; random lo= hi= [qhi=] [wcap=]; shape kind=random|deep|path|spider2|caterpillar|binary|star|broom
n= q= [qkind=mixed|random|deep|ancestor|far|legs|turn]; fixed name=...; invalid kind=... (n=maxn, q=maxq name the
bounds). The tree lines are edges `u v [w]` of a tree rooted at vertex 1: labels other than 1 are shuffled, edge lines
shuffled and each edge's ends swapped at random. With variant=given_parents (lca.given_parents) they are `p c`
lines, p the parent of c, and every label, the root's included, is shuffled, so the root is rarely vertex 1.
With variant=kth_on_path (lca.kth_on_path) a query is `u v k`, asking for the k-th vertex on the route from u to v,
1 <= k <= dist(u, v) + 1 (qkind=turn: k is the route's turn, the LCA); its samples, fixed cases and invalid inputs
are its own."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXQ = int(opts["maxn"]), int(opts["maxq"])
MAXW = int(opts["maxw"]) if "maxw" in opts else None
PARENT_LINES = opts.get("variant") == "given_parents"
KTH = opts.get("variant") == "kth_on_path"
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
    if kind == "spider2":  # two long legs from the root, odd numbers on one, even on the other: pairs on different
        # legs climb the whole way (routes between the legs turn at the root)
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
    """kth_on_path: the k of a query u v (first, last, the turn, the vertex after it, or any)."""
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
    """Query pairs (u, v); with kth_on_path, triples (u, v, k)."""
    parent = [0] * (n + 1)
    for p, c in edges:
        parent[c] = p
    tree = Tree(n, edges) if KTH else None
    out = []
    for _ in range(q):
        if KTH:  # its mixes draw a third random pair (qkind=turn mixes pairs too)
            how = kind if kind not in ("mixed", "turn") else rng.choice(["random", "random", "random", "ancestor",
                                                                          "equal", "deep"])
        else:
            how = kind if kind != "mixed" else rng.choice(["random", "random", "ancestor", "equal", "deep"])
        if how == "equal":
            v = rng.randint(1, n)
            pair = (v, v)
        elif how == "ancestor":  # v and one of its ancestors, in either order
            v = rng.randint(1, n)
            if KTH:  # any ancestor
                a = tree.ancestor(v, rng.randint(0, tree.depth[v]))
            else:  # at most 30 levels up
                a = v
                for _ in range(rng.randint(0, 30)):
                    if parent[a]:
                        a = parent[a]
            pair = (v, a) if rng.random() < 0.5 else (a, v)
        elif how in ("deep", "far"):  # both from the deepest part (largest numbers sit deepest in long shapes)
            lo = max(1, n - max(2, n // 20)) if how == "deep" else max(1, n - 2)
            pair = (rng.randint(lo, n), rng.randint(lo, n))
        elif how == "legs":  # spider2: the bottoms of the two legs, meeting only at the root
            a, b = n - rng.randint(0, 9), n - rng.randint(0, 9)
            if a % 2 == b % 2:
                b = b - 1 if b > 2 else b + 1
            pair = (max(1, min(n, a)), max(1, min(n, b)))
        else:
            pair = (rng.randint(1, n), rng.randint(1, n))
        out.append((*pair, pick_k(tree, *pair, "turn" if kind == "turn" else "mixed")) if KTH else pair)
    return out


def weight(how, wcap):
    if how == "max":
        return wcap
    if how == "small":
        return rng.randint(1, min(wcap, 5))
    return rng.randint(1, wcap)


def render(n, edges, qs, weights=None, shuffle=True):
    if MAXW is not None and weights is None:
        weights = [weight(opts.get("w", "rand"), int(opts.get("wcap", MAXW))) for _ in edges]
    name = list(range(n + 1))
    if shuffle and PARENT_LINES:  # every label shuffled, the root's included
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        name = [0] + perm
    elif shuffle:  # vertex 1 stays the root
        rest = list(range(2, n + 1))
        rng.shuffle(rest)
        name = [0, 1] + rest
    rows = []
    for k, (u, v) in enumerate(edges):
        if PARENT_LINES:  # `parent child`, in this order
            rows.append(f"{name[u]} {name[v]}")
            continue
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b} {weights[k]}" if MAXW is not None else f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return (f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qs)}\n"
            + "".join(" ".join([str(name[a]), str(name[b]), *map(str, k)]) + "\n" for a, b, *k in qs))


HAND = {
    # root 1; LCA(6, 7) = 2 needs both to climb; LCA(5, 3) = 1; LCA(4, 2) = 2 (an ancestor); LCA(8, 8) = 8
    "hand": (8, [(1, 2), (1, 3), (2, 4), (4, 6), (2, 5), (5, 7), (3, 8)],
             [(6, 7), (5, 3), (4, 2), (8, 8), (7, 4)], [3, 4, 2, 6, 5, 1, 7]),
    # hand2: two legs of 3 below vertex 2; 7 and 8 meet 3 levels up, so lifting both by increasing powers of
    # two overshoots on the way (a jump of 1 and then one of 2 lands on the meeting point and is refused)
    "hand2": (8, [(1, 2), (2, 3), (3, 4), (2, 5), (5, 6), (4, 7), (6, 8)], [(4, 6), (1, 6), (3, 4), (7, 8)],
              [2, 9, 3, 1, 8, 4, 6]),
}
KTH_HAND = {
    # root 1; 6 -> 7 turns at 2 (6 4 2 5 7); 5 -> 8 turns at the root; 4 -> 2 only climbs; 2 -> 6 only descends
    "hand": (8, [(1, 2), (1, 3), (2, 4), (4, 6), (2, 5), (5, 7), (3, 8)],
             [(6, 7, 4), (5, 8, 3), (4, 2, 2), (2, 6, 2), (8, 8, 1), (6, 7, 3)], None),
    "hand2": (7, [(1, 2), (2, 3), (3, 4), (2, 5), (5, 6), (1, 7)], [(4, 6, 5), (7, 4, 3), (6, 1, 2), (4, 6, 1)],
              None),
}


def hand(kind):
    n, edges, qs, ws = (KTH_HAND if KTH else HAND)[kind]
    return render(n, edges, qs, weights=ws if MAXW is not None else None)


def fixed_kth(name):
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


def fixed(name):
    if KTH:
        return fixed_kth(name)
    if name == "single":
        return render(1, [], [(1, 1)])
    if name == "two":
        return render(2, [(1, 2)], [(1, 2), (2, 2), (2, 1), (1, 1)], weights=[MAXW] if MAXW else None)
    if name == "root_last" and PARENT_LINES:  # the root is vertex N, the tree a path hanging from it
        n = 12
        rows = [f"{n} 1"] + [f"{i} {i + 1}" for i in range(1, n - 1)]
        qs = [(n - 1, 1), (1, n), (n, n), (5, 9), (9, 5), (3, 3)]
        return f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qs)}\n" + "".join(f"{a} {b}\n" for a, b in qs)
    if name == "path_ends":
        n = 50
        return render(n, shape_edges("path", n), [(n, 1), (n, n - 1), (1, n), (n, n)])
    if name == "siblings":  # all pairs of leaves of a star (and with the centre, when it is not vertex 1)
        lo = 1 if PARENT_LINES else 2
        return render(7, shape_edges("star", 7), [(a, b) for a in range(lo, 8) for b in range(lo, 8) if a < b])
    if name == "binary_all":
        n = 15
        return render(n, shape_edges("binary", n), [(a, b) for a in range(1, n + 1) for b in range(a, n + 1)])
    if name == "max_weight" and MAXW is not None:
        n = 20
        edges = shape_edges("spider2", n)
        return render(n, edges, queries(n, edges, 20, "mixed"), weights=[MAXW - rng.randint(0, 1) for _ in edges])
    if name == "top_edges" and MAXW is not None:  # the heaviest edges touch the LCA: the last step matters
        n = 15
        edges = shape_edges("binary", n)
        ws = [MAXW if p == 1 or c in (4, 5, 6, 7) else rng.randint(1, 10) for p, c in edges]
        return render(n, edges, [(a, b) for a in range(8, 16) for b in range(8, 16) if a < b], weights=ws)
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    w = " 1" if MAXW is not None else ""
    base = [f"1 2{w}", f"2 3{w}", f"2 4{w}"]

    def k(row, kth):  # a query row, with its k for kth_on_path
        return f"{row} {kth}" if KTH else row

    qs = [k("3 4", 2), k("1 3", 3)]

    def text(n, rows, qrows, q=None):
        return (f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qrows) if q is None else q}\n"
                + "".join(r + "\n" for r in qrows))

    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, [f"{i - 1} {i}{w}" for i in range(2, n + 1)], qs)
    if kind == "q_too_big":
        return text(4, base, [k("3 4", 1)] * (MAXQ + 1))
    if kind == "q_zero":
        return text(4, base, [])
    if kind == "two_parents":  # 3 is given two parents (and 4 none besides the root)
        return text(4, [f"1 2{w}", f"2 3{w}", f"1 3{w}"], qs)
    if kind == "cycle":  # every child once, but 3 and 4 are each other's parent
        return text(4, [f"1 2{w}", f"3 4{w}", f"4 3{w}"], qs)
    if kind == "not_connected":
        return text(4, [f"1 2{w}", f"2 3{w}", f"3 1{w}"], qs)
    if kind == "self_loop":
        return text(4, [f"1 2{w}", f"2 3{w}", f"4 4{w}"], qs)
    if kind == "vertex_out_of_range":
        return text(4, [f"1 2{w}", f"2 3{w}", f"2 5{w}"], qs)
    if kind == "query_out_of_range":
        return text(4, base, [k("3 5", 1), k("1 3", 3)])
    if kind == "query_zero":
        return text(4, base, [k("0 3", 1), k("1 3", 3)])
    if KTH and kind == "k_zero":
        return text(4, base, ["3 4 0", "1 3 3"])
    if KTH and kind == "k_past_end":  # the route 3-2-4 has 3 vertices
        return text(4, base, ["3 4 4", "1 3 3"])
    if KTH and kind == "k_past_end_equal":
        return text(4, base, ["3 3 2"])
    if KTH and kind == "missing_k":
        return text(4, base, ["3 4", "1 3 3"])
    if kind == "too_few_queries":
        return text(4, base, qs, q=3)
    if kind == "double_space":
        return text(4, base, [k("3  4", 2), k("1 3", 3)])
    if kind == "leading_zero":
        return text(4, [base[0], "02" + base[1][1:], base[2]], qs)
    if kind == "weight_zero":
        return text(4, ["1 2 1", "2 3 0", "2 4 1"], qs)
    if kind == "weight_too_big":
        return text(4, ["1 2 1", f"2 3 {MAXW + 1}", "2 4 1"], qs)
    if kind == "missing_weight":
        return text(4, ["1 2 1", "2 3", "2 4 1"], qs)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = hand(opts.get("kind", "hand"))
elif mode == "random":
    n = rng.randint(num("lo"), min(MAXN, num("hi")))
    edges = shape_edges(rng.choice(["random", "deep", "caterpillar", "binary", "random"]), n)
    q = rng.randint(1, min(MAXQ, num("qhi", "12")))
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
