"""Test generator for tree_diameter.route_length (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn. Prints N, N-1 edges `u v` and a last line `s t`. All labels are shuffled by the seed,
edge lines shuffled and ends swapped. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=random|deep|path|
star|caterpillar|broom|binary|spider n= [pick=far|random|branches]; fixed name=...; invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def num(key):
    value = opts[key]
    return MAXN if value == "maxn" else int(value)


def shape_edges(kind, n):
    """(parent, child) edges on 1..n rooted at 1; parents have smaller numbers."""
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
    if kind == "spider":  # a few long legs from 1: vertices on different legs are far apart at equal depths
        legs = rng.randint(2, max(2, min(6, n - 1)))
        edges, last = [], [1] * legs
        for i in range(2, n + 1):
            leg = rng.randrange(legs)
            edges.append((last[leg], i))
            last[leg] = i
        return edges
    raise SystemExit(f"unknown shape {kind}")


def depths(n, edges):
    depth = [0] * (n + 1)
    for p, c in sorted(edges, key=lambda e: e[1]):
        depth[c] = depth[p] + 1
    return depth


def pick_pair(n, edges, how):
    if how == "mixed":
        how = rng.choice(["random", "random", "far", "branches", "same"])
    if how == "same":
        v = rng.randint(1, n)
        return v, v
    if how == "far":  # the two deepest vertices
        depth = depths(n, edges)
        best = sorted(range(1, n + 1), key=lambda v: -depth[v])
        return best[0], best[min(1, n - 1)]
    if how == "branches" and n >= 3:  # two vertices under different children of 1
        top = {1: 0}
        for p, c in sorted(edges, key=lambda e: e[1]):
            top[c] = c if p == 1 else top[p]
        groups = {}
        for v in range(2, n + 1):
            groups.setdefault(top[v], []).append(v)
        if len(groups) >= 2:
            a, b = rng.sample(sorted(groups), 2)
            return rng.choice(groups[a]), rng.choice(groups[b])
    return rng.randint(1, n), rng.randint(1, n)


def render(n, edges, s, t, keep_root=False):
    """keep_root: vertex 1 keeps its name, so a hand sample's pair stays equally deep (or not) as seen from 1."""
    name = list(range(1, n + 1))
    rng.shuffle(name)
    name = [0] + name
    if keep_root:
        other = name.index(1)
        name[1], name[other] = 1, name[1]
    rows = [f"{name[p]} {name[c]}" if rng.random() < 0.5 else f"{name[c]} {name[p]}" for p, c in edges]
    rng.shuffle(rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows) + f"{name[s]} {name[t]}\n"


HAND = {
    # 6 and 7 sit at the same depth under 1 but are 5 edges apart
    "hand": (7, [(1, 2), (2, 3), (3, 6), (1, 4), (4, 5), (5, 7)], 6, 5),
    "hand2": (6, [(1, 2), (2, 3), (2, 4), (4, 5), (1, 6)], 3, 5),
}


def fixed(name):
    if name == "single":
        return render(1, [], 1, 1)
    if name == "two":
        return render(2, [(1, 2)], 1, 2)
    if name == "same_vertex":
        n = 10
        return render(n, shape_edges("random", n), 7, 7)
    if name == "path_ends":
        n = 40
        return render(n, shape_edges("path", n), 1, n)
    if name == "star_leaves":
        n = 9
        return render(n, shape_edges("star", n), 3, 8)
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(n, rows, last):
        return f"{n}\n" + "".join(r + "\n" for r in rows) + last + "\n"

    rows = ["1 2", "2 3", "2 4"]
    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, [f"{i - 1} {i}" for i in range(2, n + 1)], "1 2")
    if kind == "cycle":
        return text(4, ["1 2", "2 3", "3 1"], "1 4")
    if kind == "self_loop":
        return text(4, ["1 2", "2 3", "4 4"], "1 3")
    if kind == "repeated_edge":
        return text(4, ["1 2", "2 1", "3 4"], "1 3")
    if kind == "vertex_out_of_range":
        return text(4, ["1 2", "2 3", "2 5"], "1 3")
    if kind == "query_out_of_range":
        return text(4, rows, "1 5")
    if kind == "query_zero":
        return text(4, rows, "0 3")
    if kind == "missing_query":
        return "4\n" + "".join(r + "\n" for r in rows)
    if kind == "double_space":
        return text(4, rows, "1  3")
    if kind == "leading_zero":
        return text(4, ["1 2", "02 3", "2 4"], "1 3")
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, s, t = HAND[opts.get("kind", "hand")]
    out = render(n, edges, s, t, keep_root=True)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = shape_edges(rng.choice(["random", "random", "deep", "caterpillar", "binary", "star", "spider"]), n)
    out = render(n, edges, *pick_pair(n, edges, "mixed"))
elif mode == "shape":
    n = num("n")
    edges = shape_edges(opts["kind"], n)
    out = render(n, edges, *pick_pair(n, edges, opts.get("pick", "mixed")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
