"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints `N`, then N lines `u v`: a
connected undirected graph with N vertices and N edges (so exactly one cycle). Params: maxn.

Modes: sample kind=hand|hand2; random lo= hi=; shaped n= cyc= [tail=P] (a cycle of cyc vertices, every other
vertex hangs on an earlier one; P = chance a new vertex extends the deepest chain); fixed name=...;
invalid kind=... Labels are a seeded permutation and edges are shuffled. Sizes may name the bound (n=maxn)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return MAXN if value == "maxn" else int(value)


def shaped(n, cyc, tail):
    cyc = max(3, min(cyc, n))
    edges = [(i, i % cyc + 1) for i in range(1, cyc + 1)]
    deepest, depth = 1, [0] * (n + 1)
    for v in range(cyc + 1, n + 1):
        u = deepest if rng.random() < tail else rng.randint(1, v - 1)
        edges.append((u, v))
        depth[v] = depth[u] + 1
        if depth[v] > depth[deepest]:
            deepest = v
    return edges


def render(n, edges, relabel=True):
    name = list(range(n + 1))
    if relabel:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        name = [0] + perm
    rows = [f"{name[u]} {name[v]}" if rng.random() < 0.5 else f"{name[v]} {name[u]}" for u, v in edges]
    if relabel:
        rng.shuffle(rows)
    return f"{n}\n" + "".join(r + "\n" for r in rows)


HAND = {
    # cycle 1-2-3-4, a tail 4-5-6-7, and 8 on 2
    "hand": (8, [(1, 2), (2, 3), (3, 4), (4, 1), (4, 5), (5, 6), (6, 7), (2, 8)]),
    # a triangle 1-2-3 with a branching tree under 3
    "hand2": (7, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (4, 6), (6, 7)]),
}

FIXED = {
    "triangle": (3, [(1, 2), (2, 3), (3, 1)]),
    "whole_cycle": (7, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 1)]),
    "long_tail": (8, [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8)]),
    "star_on_cycle": (7, [(1, 2), (2, 3), (3, 1), (1, 4), (1, 5), (1, 6), (1, 7)]),
    "branch_then_cycle": (8, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 3), (1, 6), (1, 7), (7, 8)]),
}


def invalid(kind):
    def text(n, rows):
        return f"{n}\n" + "".join(r + "\n" for r in rows)
    tri = ["1 2", "2 3", "3 1"]
    if kind == "n_too_big":
        n = MAXN + 1
        return text(n, [f"{i} {i % n + 1}" for i in range(1, n + 1)])
    if kind == "n_too_small":
        return text(2, ["1 2", "2 1"])
    if kind == "disconnected":  # a 4-cycle and a separate triangle: 7 vertices, 7 edges, two cycles
        return text(7, ["1 2", "2 3", "3 4", "4 1", "5 6", "6 7", "7 5"])
    if kind == "self_loop":
        return text(4, tri + ["4 4"])
    if kind == "duplicate_edge":
        return text(4, ["1 2", "2 3", "3 4", "2 1"])
    if kind == "vertex_out_of_range":
        return text(4, tri + ["3 5"])
    if kind == "vertex_zero":
        return text(4, tri + ["0 4"])
    if kind == "too_few_edges":
        return text(4, tri)
    if kind == "double_space":
        return text(4, ["1  2", "2 3", "3 1", "3 4"])
    if kind == "leading_zero":
        return text(4, ["01 2", "2 3", "3 1", "3 4"])
    if kind == "extra_line":
        return text(4, tri + ["3 4"]) + "1 4\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    n, edges = HAND[opts.get("kind", "hand")]
    out = render(n, edges)
elif mode == "random":
    n = rng.randint(max(3, int(opts["lo"])), int(opts["hi"]))
    out = render(n, shaped(n, rng.randint(3, n), rng.choice((0.0, 0.3, 0.7))))
elif mode == "shaped":
    n = num("n")
    out = render(n, shaped(n, num("cyc"), float(opts.get("tail", "0"))))
elif mode == "fixed":
    n, edges = FIXED[opts["name"]]
    out = render(n, edges, relabel=False)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
