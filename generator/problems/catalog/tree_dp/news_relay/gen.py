"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: N, then N-1 edges.

Params: maxn. Modes: sample kind=hand|hand2; random lo= hi=; shape kind=random|deep|path|star|caterpillar|broom|
binary|spider|paths_bushes n=; fixed name=single|two|star|path; invalid kind=...  n may name the bound (n=maxn). Every
non-trivial test depends on the seed: labels other than the root 1 are permuted and the edge lines shuffled.
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
    if kind == "paths_bushes":
        # the root's children alternate a slow path and a bigger but quicker binary tree (largest-subtree-first fails)
        edges, nxt = [], 2
        while nxt <= n:
            length = rng.randint(8, 40)
            for bush in (False, True):
                count = min(n - nxt + 1, rng.randint(length + 1, 2 * length) if bush else length)
                for j in range(count):
                    parent = 1 if j == 0 else nxt + ((j - 1) // 2 if bush else j - 1)
                    edges.append((parent, nxt + j))
                nxt += count
        return edges
    raise SystemExit(f"unknown shape {kind}")


def render(n, edges, shuffle=True):
    name = list(range(n + 1))
    if shuffle:
        name = [0, 1] + rng.sample(range(2, n + 1), n - 1)  # the root keeps label 1
    rows = []
    for u, v in edges:
        a, b = (name[u], name[v]) if rng.random() < 0.5 else (name[v], name[u])
        rows.append(f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # vertex 2 (a path of 5, time 4) is slower than vertex 3 (6 vertices, two children, time 3), so 1 must call 2
    # first although 3 has the larger subtree and more children: 5, where calling 3 first gives 6
    "hand": (12, [(1, 2), (1, 3), (2, 4), (4, 5), (5, 6), (6, 9), (3, 7), (3, 8), (7, 10), (7, 11), (8, 12)]),
    "hand2": (8, [(1, 2), (1, 3), (1, 4), (2, 5), (2, 6), (6, 7), (3, 8)]),
}


def fixed(name):
    if name == "single":
        return "1\n"
    if name == "two":
        return "2\n2 1\n"
    if name == "star":
        return render(7, shape_edges("star", 7))
    if name == "fan":  # a long chain and several leaves below the root: the chain must be called first
        edges = [(1, 2), (2, 3), (3, 4), (4, 5)] + [(1, i) for i in range(6, 10)]
        return render(9, edges)
    if name == "path":  # labels reversed: vertex N is the child of vertex 1
        n = 9
        order = [1] + list(range(n, 1, -1))
        return render(n, [(order[i], order[i + 1]) for i in range(n - 1)], shuffle=False)
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    def text(rows, header="4\n"):
        return header + "".join(r + "\n" for r in rows)

    if kind == "n_too_big":
        n = MAXN + 1
        return text([f"{i - 1} {i}" for i in range(2, n + 1)], f"{n}\n")
    if kind == "n_zero":
        return "0\n"
    if kind == "not_connected":
        return text(["1 2", "2 3", "3 1"])
    if kind == "self_loop":
        return text(["1 2", "2 3", "3 3"])
    if kind == "duplicate_edge":
        return text(["1 2", "2 3", "2 1"])
    if kind == "vertex_out_of_range":
        return text(["1 2", "2 3", "3 5"])
    if kind == "too_few_edges":
        return text(["1 2", "2 3"])
    if kind == "double_space":
        return text(["1 2", "2  3", "3 4"])
    if kind == "leading_zero":
        return text(["1 2", "02 3", "3 4"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges = HAND[opts.get("kind", "hand")]
    out = render(n, edges)  # renamed by the seed, so samples differ from problem to problem; 1 stays the root
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    out = render(n, shape_edges(rng.choice(["random", "deep", "caterpillar", "spider", "broom", "binary"]), n))
elif mode == "shape":
    n = size("n")
    out = render(n, shape_edges(opts["kind"], n))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
