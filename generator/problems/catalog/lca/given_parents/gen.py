"""Test generator for lca.given_parents (testlib style): python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxq. The tree is given by `p c` lines (p is the parent of c); every label, the root's included, is
shuffled, so the root is rarely vertex 1. Modes: sample kind=hand|hand2; random lo= hi= [qhi=];
shape kind=random|deep|path|spider2|caterpillar|binary|star|broom n= q= [qkind=mixed|random|ancestor|far|legs];
fixed name=...; invalid kind=... (n=maxn, q=maxq name the bounds)."""
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
    if kind == "spider2":  # two long legs from the root: odd numbers on one, even on the other
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


def queries(n, edges, q, kind):
    parent = [0] * (n + 1)
    for p, c in edges:
        parent[c] = p
    out = []
    for _ in range(q):
        how = kind if kind != "mixed" else rng.choice(["random", "random", "ancestor", "equal", "deep"])
        if how == "equal":
            v = rng.randint(1, n)
            out.append((v, v))
        elif how == "ancestor":  # v and one of its ancestors (v itself or the root included)
            v = rng.randint(1, n)
            a = v
            for _ in range(rng.randint(0, 30)):
                if parent[a]:
                    a = parent[a]
            out.append((v, a) if rng.random() < 0.5 else (a, v))
        elif how in ("deep", "far"):  # both from the deepest part (largest numbers sit deepest in long shapes)
            lo = max(1, n - max(2, n // 20)) if how == "deep" else max(1, n - 2)
            out.append((rng.randint(lo, n), rng.randint(lo, n)))
        elif how == "legs":  # spider2: the bottoms of the two legs, meeting only at the root
            a, b = n - rng.randint(0, 9), n - rng.randint(0, 9)
            if a % 2 == b % 2:
                b = b - 1 if b > 2 else b + 1
            out.append((max(1, min(n, a)), max(1, min(n, b))))
        else:
            out.append((rng.randint(1, n), rng.randint(1, n)))
    return out


def render(n, edges, qs, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        name = [0] + perm
    rows = [f"{name[p]} {name[c]}" for p, c in edges]
    if shuffle:
        rng.shuffle(rows)
    return (f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qs)}\n"
            + "".join(f"{name[a]} {name[b]}\n" for a, b in qs))


HAND = {
    # root 1 (relabelled); LCA(6, 7) = 2 needs both to climb; LCA(5, 3) = 1; LCA(4, 2) = 2 (an ancestor);
    # LCA(8, 8) = 8; LCA(7, 4) = 2 from different depths
    "hand": (8, [(1, 2), (1, 3), (2, 4), (4, 6), (2, 5), (5, 7), (3, 8)], [(6, 7), (5, 3), (4, 2), (8, 8), (7, 4)]),
    # a chain with a side branch: LCA(4, 6) = 2 (depths 3 and 3), LCA(1, 6) = 1 (the root), LCA(3, 4) = 3
    "hand2": (6, [(1, 2), (2, 3), (3, 4), (2, 5), (5, 6)], [(4, 6), (1, 6), (3, 4)]),
}


def hand(kind):
    n, edges, qs = HAND[kind]
    return render(n, edges, qs)


def fixed(name):
    if name == "single":
        return render(1, [], [(1, 1)])
    if name == "two":
        return render(2, [(1, 2)], [(1, 2), (2, 2), (2, 1), (1, 1)])
    if name == "root_last":  # the root is vertex N, the tree a path hanging from it
        n = 12
        rows = [f"{n} 1"] + [f"{i} {i + 1}" for i in range(1, n - 1)]
        qs = [(n - 1, 1), (1, n), (n, n), (5, 9), (9, 5), (3, 3)]
        return f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qs)}\n" + "".join(f"{a} {b}\n" for a, b in qs)
    if name == "path_ends":
        n = 50
        return render(n, shape_edges("path", n), [(n, 1), (n, n - 1), (1, n), (n, n)])
    if name == "siblings":
        return render(7, shape_edges("star", 7), [(a, b) for a in range(1, 8) for b in range(1, 8) if a < b])
    if name == "binary_all":
        n = 15
        return render(n, shape_edges("binary", n), [(a, b) for a in range(1, n + 1) for b in range(a, n + 1)])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    base = ["1 2", "2 3", "2 4"]
    qs = ["3 4", "1 3"]

    def text(n, rows, qrows, q=None):
        return (f"{n}\n" + "".join(r + "\n" for r in rows) + f"{len(qrows) if q is None else q}\n"
                + "".join(r + "\n" for r in qrows))

    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, [f"{i - 1} {i}" for i in range(2, n + 1)], qs)
    if kind == "q_too_big":
        return text(4, base, ["3 4"] * (MAXQ + 1))
    if kind == "q_zero":
        return text(4, base, [])
    if kind == "two_parents":  # 3 is given two parents (and 4 none besides the root)
        return text(4, ["1 2", "2 3", "1 3"], qs)
    if kind == "cycle":  # every child once, but 3 and 4 are each other's parent
        return text(4, ["1 2", "3 4", "4 3"], qs)
    if kind == "self_loop":
        return text(4, ["1 2", "2 3", "4 4"], qs)
    if kind == "vertex_out_of_range":
        return text(4, ["1 2", "2 3", "2 5"], qs)
    if kind == "query_out_of_range":
        return text(4, base, ["3 5", "1 3"])
    if kind == "query_zero":
        return text(4, base, ["0 3", "1 3"])
    if kind == "too_few_queries":
        return text(4, base, qs, q=3)
    if kind == "double_space":
        return text(4, base, ["3  4", "1 3"])
    if kind == "leading_zero":
        return text(4, [base[0], "02 3", base[2]], qs)
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
