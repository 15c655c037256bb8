"""Test generator for tree_diameter.diameter_pairs (testlib style): python gen.py SEED MODE [key=value ...].

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
    # diameter 6 through the center 1: far vertices 6, 7 (under 2) and 8 (under 3); only (6, 8) and (7, 8) count
    "hand": (8, [(1, 2), (2, 4), (4, 6), (4, 7), (1, 3), (3, 5), (5, 8)]),
    # diameter 3 (odd): the middle edge 1-2 with two far vertices on each side: 2 x 2 = 4 pairs
    "hand2": (6, [(1, 2), (1, 3), (1, 4), (2, 5), (2, 6)]),
}


def fixed(name):
    if name == "single":
        return render(1, [])
    if name == "two":
        return render(2, [(1, 2)])
    if name == "three_path":
        return render(3, [(1, 2), (2, 3)])
    if name == "star":  # every pair of leaves: C(8, 2)
        n = 9
        return render(n, shape_edges("star", n))
    if name == "one_branch":  # all far vertices hang under one child of the center except one
        edges = [(1, 2), (2, 3), (3, 4), (3, 5), (3, 6), (1, 7), (7, 8), (8, 9)]
        return render(9, edges)
    if name == "broom_even":  # a handle and many bristles: handle end paired with every bristle
        n = 30
        return render(n, shape_edges("broom", n))
    if name == "spider_equal":  # legs of equal length from 1: pairs between different legs
        legs, length = 5, 4
        edges = []
        for leg in range(legs):
            prev = 1
            for k in range(length):
                v = 2 + leg * length + k
                edges.append((prev, v))
                prev = v
        return render(1 + legs * length, edges)
    if name == "double_broom":  # odd diameter: bristles on both ends multiply
        edges = [(1, 2), (2, 3), (3, 4)] + [(1, v) for v in range(5, 9)] + [(4, v) for v in range(9, 12)]
        return render(11, edges)
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
