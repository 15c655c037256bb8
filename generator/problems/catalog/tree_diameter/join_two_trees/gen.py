"""Test generator for tree_diameter.join_two_trees (testlib style): python gen.py SEED MODE [key=value ...].

Params from task.toml: maxn (per tree). Prints two trees, each as its size and its edges `u v`. All labels are shuffled by the seed,
edge lines shuffled and ends swapped. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=A,B n=A,B (one shape and size per
tree: random|deep|path|star|caterpillar|broom|binary|spider); fixed name=...; invalid kind=..."""
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


def one(n, edges):
    name = list(range(1, n + 1))
    rng.shuffle(name)
    name = [0] + name
    rows = [f"{name[p]} {name[c]}" if rng.random() < 0.5 else f"{name[c]} {name[p]}" for p, c in edges]
    rng.shuffle(rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows)


def render(first, second):
    return one(*first) + one(*second)


HAND = {
    # diameters 4 and 3: joining the middles gives 2 + 2 + 1 = 5
    "hand": ((5, [(1, 2), (2, 3), (3, 4), (4, 5)]), (5, [(1, 2), (2, 3), (3, 4), (2, 5)])),
    # a long tree and a tiny one: the long diameter 6 stays the answer
    "hand2": ((8, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (3, 8)]), (2, [(1, 2)])),
}


def fixed(name):
    if name == "two_singles":
        return render((1, []), (1, []))
    if name == "single_and_two":
        return render((1, []), (2, [(1, 2)]))
    if name == "two_and_two":
        return render((2, [(1, 2)]), (2, [(1, 2)]))
    if name == "odd_odd":  # diameters 5 and 5: 3 + 3 + 1 = 7
        return render((6, shape_edges("path", 6)), (6, shape_edges("path", 6)))
    if name == "even_even":  # diameters 6 and 4: 3 + 2 + 1 = 6 = the first diameter
        return render((7, shape_edges("path", 7)), (5, shape_edges("path", 5)))
    if name == "long_and_star":  # diameter 20 against a star of radius 1
        return render((21, shape_edges("path", 21)), (9, shape_edges("star", 9)))
    if name == "stars":
        return render((8, shape_edges("star", 8)), (11, shape_edges("star", 11)))
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(*trees):
        return "".join(f"{n}\n" + "".join(r + "\n" for r in rows) for n, rows in trees)

    ok = (3, ["1 2", "2 3"])
    if kind == "n_too_big":
        n = MAXN + 1
        return text(ok, (n, [f"{i - 1} {i}" for i in range(2, n + 1)]))
    if kind == "cycle":
        return text((4, ["1 2", "2 3", "3 1"]), ok)
    if kind == "self_loop":
        return text(ok, (4, ["1 2", "2 3", "4 4"]))
    if kind == "repeated_edge":
        return text((4, ["1 2", "2 1", "3 4"]), ok)
    if kind == "vertex_out_of_range":
        return text(ok, (4, ["1 2", "2 3", "2 5"]))
    if kind == "missing_second_tree":
        return text(ok)
    if kind == "extra_line":
        return text(ok, ok) + "1 2\n"
    if kind == "double_space":
        return text(ok, (4, ["1 2", "2  3", "2 4"]))
    if kind == "leading_zero":
        return text((4, ["1 2", "02 3", "2 4"]), ok)
    raise SystemExit(f"unknown invalid kind {kind}")


SHAPES = ["random", "random", "deep", "caterpillar", "binary", "star", "spider", "path"]
if mode == "sample":
    first, second = HAND[opts.get("kind", "hand")]
    out = render(first, second) if rng.random() < 0.5 else render(second, first)
elif mode == "random":
    trees = []
    for _ in range(2):
        n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
        trees.append((n, shape_edges(rng.choice(SHAPES), n)))
    out = render(*trees)
elif mode == "shape":
    kinds, sizes = opts["kind"].split(","), opts["n"].split(",")
    trees = []
    for kind, size in zip(kinds, sizes):
        n = MAXN if size == "maxn" else int(size)
        trees.append((n, shape_edges(kind, n)))
    out = render(*trees)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
