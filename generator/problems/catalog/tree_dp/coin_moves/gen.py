"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, a line of N coin
counts adding up to N, then N-1 edges.

Params: maxn. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=random|deep|path|star|caterpillar|broom|
binary|spider n= [c=rand|one_spot|balanced|leaves|far_end]; fixed name=...; invalid kind=...  n may name the bound
(n=maxn). Every non-trivial test depends on the seed: labels other than 1 are permuted, coins drawn from it.
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


def coins(n, edges, how):
    """Coin counts on the unrenamed vertices 1..n, adding up to n."""
    out = [0] * (n + 1)
    if how == "balanced":
        return [0] + [1] * n
    if how == "one_spot":
        out[rng.randint(1, n)] = n
        return out
    if how == "far_end":  # every coin on the deepest vertex: long hauls, the answer is about N^2/2 on a path
        depth = [0] * (n + 1)
        for u, v in edges:
            depth[v] = depth[u] + 1
        out[max(range(1, n + 1), key=lambda v: (depth[v], v))] = n
        return out
    if how == "leaves":
        has_child = [False] * (n + 1)
        for u, _ in edges:
            has_child[u] = True
        targets = [v for v in range(1, n + 1) if not has_child[v]]
    else:
        targets = list(range(1, n + 1))
    for _ in range(n):
        out[rng.choice(targets)] += 1
    return out


def render(n, edges, counts, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        name = [0, 1] + rng.sample(range(2, n + 1), n - 1)  # the root keeps label 1
    renamed = [0] * (n + 1)
    for old in range(1, n + 1):
        renamed[name[old]] = counts[old]
    rows = []
    for u, v in edges:
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return f"{n}\n" + " ".join(map(str, renamed[1:])) + "\n" + "".join(r + "\n" for r in rows)


HAND = {
    # coins flow both ways: the branch of 2 has a surplus, the branch of 3 a shortage
    "hand": (7, [(1, 2), (1, 3), (2, 4), (2, 5), (3, 6), (3, 7)], [0, 1, 0, 0, 3, 2, 0, 1]),
    "hand2": (6, [(1, 2), (2, 3), (3, 4), (2, 5), (5, 6)], [0, 0, 0, 4, 0, 2, 0]),
}


def fixed(name):
    if name == "single":
        return "1\n1\n"
    if name == "two":
        return "2\n0 2\n1 2\n"
    if name == "two_balanced":
        return "2\n1 1\n2 1\n"
    if name == "star_centre":  # all coins in the centre: one move per leaf
        return render(7, shape_edges("star", 7), [0, 7, 0, 0, 0, 0, 0, 0])
    if name == "star_leaf":  # all coins on one leaf: every coin but one passes the centre
        return render(7, shape_edges("star", 7), [0, 0, 0, 0, 0, 0, 0, 7])
    if name == "path_end":
        n = 9
        return render(n, shape_edges("path", n), coins(n, shape_edges("path", n), "far_end"))
    if name == "swap":  # two surpluses and two shortages: sending each coin to the nearest hole is what counts
        return render(6, [(1, 2), (2, 3), (1, 4), (4, 5), (4, 6)], [0, 0, 2, 0, 2, 0, 2])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(rows, header="4\n1 0 2 1\n"):
        return header + "".join(r + "\n" for r in rows)

    base = ["1 2", "2 3", "3 4"]
    if kind == "n_too_big":
        n = MAXN + 1
        return text([f"{i - 1} {i}" for i in range(2, n + 1)], f"{n}\n" + " ".join(["1"] * n) + "\n")
    if kind == "n_zero":
        return "0\n\n"
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
    if kind == "sum_too_small":
        return text(base, "4\n1 0 1 1\n")
    if kind == "sum_too_big":
        return text(base, "4\n1 2 1 1\n")
    if kind == "negative_coins":
        return text(base, "4\n3 -1 1 1\n")
    if kind == "too_few_values":
        return text(base, "4\n2 1 1\n")
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges, counts = HAND[opts.get("kind", "hand")]
    out = render(n, edges, counts)  # renamed by the seed, so samples differ from problem to problem
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    edges = shape_edges(rng.choice(["random", "deep", "caterpillar", "spider", "broom", "binary"]), n)
    out = render(n, edges, coins(n, edges, rng.choice(["rand", "rand", "leaves", "one_spot", "far_end"])))
elif mode == "shape":
    n = size("n")
    edges = shape_edges(opts["kind"], n)
    out = render(n, edges, coins(n, edges, opts.get("c", "rand")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
