"""Test generator for tree_diameter.center (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn. Prints N and N-1 edges `u v`. All labels are shuffled by the seed,
edge lines shuffled and ends swapped. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=random|deep|path|
star|caterpillar|broom|binary|spider n=; fixed name=...; invalid kind=..."""
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


def render(n, edges):
    name = list(range(1, n + 1))
    rng.shuffle(name)
    name = [0] + name
    rows = [f"{name[p]} {name[c]}" if rng.random() < 0.5 else f"{name[c]} {name[p]}" for p, c in edges]
    rng.shuffle(rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # diameter 6-3-2-1-4-5-7 has 6 edges: one center, 1, radius 3
    "hand": (8, [(1, 2), (2, 3), (3, 6), (1, 4), (4, 5), (5, 7), (2, 8)]),
    # diameter 3-2-1-5-6-7 has 5 edges: two centers, 1 and 5, radius 3
    "hand2": (7, [(1, 2), (2, 3), (2, 4), (1, 5), (5, 6), (6, 7)]),
}


def fixed(name):
    if name == "single":
        return render(1, [])
    if name == "two":
        return render(2, [(1, 2)])
    if name == "three_path":
        return render(3, [(1, 2), (2, 3)])
    if name == "star":
        n = 9
        return render(n, shape_edges("star", n))
    if name == "path_even":  # 39 edges: two centers
        return render(40, shape_edges("path", 40))
    if name == "path_odd":  # 40 edges: one center
        return render(41, shape_edges("path", 41))
    if name == "two_legs":  # legs of lengths 7 and 6 from 1: 13 edges, centers off the branching vertex
        edges = [(1, 2)] + [(i, i + 1) for i in range(2, 8)] + [(1, 9)] + [(i, i + 1) for i in range(9, 14)]
        return render(14, edges)
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(n, rows):
        return f"{n}\n" + "".join(r + "\n" for r in rows)

    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, [f"{i - 1} {i}" for i in range(2, n + 1)])
    if kind == "cycle":
        return text(4, ["1 2", "2 3", "3 1"])
    if kind == "self_loop":
        return text(4, ["1 2", "2 3", "4 4"])
    if kind == "repeated_edge":
        return text(4, ["1 2", "2 1", "3 4"])
    if kind == "vertex_out_of_range":
        return text(4, ["1 2", "2 3", "2 5"])
    if kind == "too_few_edges":
        return text(4, ["1 2", "2 3"])
    if kind == "double_space":
        return text(4, ["1 2", "2  3", "2 4"])
    if kind == "leading_zero":
        return text(4, ["1 2", "02 3", "2 4"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges = HAND[opts.get("kind", "hand")]
    out = render(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = shape_edges(rng.choice(["random", "random", "deep", "caterpillar", "binary", "star", "spider"]), n)
    out = render(n, edges)
elif mode == "shape":
    n = num("n")
    edges = shape_edges(opts["kind"], n)
    out = render(n, edges)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
