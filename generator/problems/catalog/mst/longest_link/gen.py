"""Test generator for mst.longest_link (testlib style): python gen.py SEED MODE [key=value ...] prints one
connected simple weighted undirected graph `N M` then `u v w` lines. Params: maxn, maxm, maxw, minn (default 1).

Modes: sample kind=hand|hand2; random lo= hi= mcap= [wcap=]; fixed name=...; big n= m= [wcap=] (random spanning
tree plus random extra edges); path n= [wcap=]; invalid kind=... Sizes may name a bound (n=maxn, m=maxm)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
MINN = int(opts.get("minn", "1"))
rng = random.Random(seed * 1000003 + 59)  # salted: tests differ from the other mst tasks


def size(name, default):
    value = opts.get(name, default)
    return {"maxn": MAXN, "maxm": MAXM, "maxw": MAXW}.get(value) or int(value)


def render(n, edges):
    edges = list(edges)
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def relabel(n, edges):
    """The same graph with vertices renamed by a seeded permutation and each edge's ends in random order."""
    names = list(range(1, n + 1))
    rng.shuffle(names)
    out = []
    for u, v, w in edges:
        a, b = names[u - 1], names[v - 1]
        out.append((a, b, w) if rng.random() < 0.5 else (b, a, w))
    return out


def connected(n, m, wcap):
    """A random connected simple graph: a random spanning tree, then distinct extra pairs up to m edges."""
    m = max(n - 1, min(m, n * (n - 1) // 2, MAXM))
    order = list(range(1, n + 1))
    rng.shuffle(order)
    pairs = set()
    for i in range(1, n):
        j = rng.randrange(max(0, i - rng.choice((1, 3, i))), i)
        pairs.add((min(order[i], order[j]), max(order[i], order[j])))
    while len(pairs) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            pairs.add((min(u, v), max(u, v)))
    return [(u, v, rng.randint(1, wcap)) for u, v in pairs]


HAND = (6, [(1, 2, 5), (2, 3, 2), (1, 3, 9), (3, 4, 4), (4, 5, 8), (3, 5, 6), (5, 6, 1), (2, 6, 7)])
HAND2 = (5, [(1, 2, 3), (2, 3, 3), (3, 4, 10), (1, 4, 12), (4, 5, 2), (2, 5, 11)])


def fixed(name):
    w = MAXW
    cases = {
        "single": (1, []),
        "two": (2, [(1, 2, w)]),
        "two_light": (2, [(2, 1, 1)]),
        "triangle_equal": (3, [(1, 2, 5), (2, 3, 5), (1, 3, 5)]),
        "triangle": (3, [(1, 2, 1), (2, 3, 2), (1, 3, 3)]),
        "square_ties": (4, [(1, 2, 2), (2, 3, 2), (3, 4, 2), (4, 1, 2), (1, 3, 1)]),
        "heavy_bridge": (4, [(1, 2, 1), (2, 3, 1), (1, 3, 1), (3, 4, w)]),
        "star": (5, [(1, v, v) for v in range(2, 6)]),
        "heavy_cycle": (4, [(1, 2, w), (2, 3, w), (3, 1, w), (1, 4, 1), (2, 4, 1), (3, 4, 2)]),
        "light_bridge": (4, [(1, 2, w), (2, 3, w), (1, 3, w), (3, 4, 1)]),
        "pairs_apart": (4, [(1, 2, 1), (3, 4, 1), (2, 3, 50), (1, 4, 60)]),
        "complete": (6, [(u, v, (u * 7 + v * 3) % 5 + 1) for u in range(1, 7) for v in range(u + 1, 7)]),
        "all_max": (5, [(u, v, w) for u in range(1, 6) for v in range(u + 1, 6)]),
        "cheap_cycle": (4, [(1, 2, 1), (2, 3, 1), (3, 1, 1), (1, 4, 3), (2, 4, 3), (3, 4, 2)]),
    }
    n, edges = cases[name]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {c}\n" for u, v, c in edges)


def path(n, wcap):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return [(order[i], order[i + 1], rng.randint(1, wcap)) for i in range(n - 1)]


def invalid(kind):
    cases = {
        "n_too_big": f"{MAXN + 1} 1\n1 2 1\n",
        "n_too_small": "1 0\n" if MINN >= 2 else "0 0\n",
        "w_too_big": f"3 2\n1 2 {MAXW + 1}\n2 3 1\n",
        "w_zero": "3 2\n1 2 0\n2 3 1\n",
        "self_loop": "3 3\n1 2 1\n2 2 1\n2 3 1\n",
        "duplicate_edge": "3 3\n1 2 1\n2 3 1\n2 1 4\n",
        "disconnected": "4 2\n1 2 1\n3 4 1\n",
        "vertex_out_of_range": "3 2\n1 2 1\n2 4 1\n",
        "double_space": "3 2\n1  2 1\n2 3 1\n",
        "leading_zero": "3 2\n1 2 07\n2 3 1\n",
        "missing_edge": "3 3\n1 2 1\n2 3 1\n",
        "no_final_newline": "3 2\n1 2 1\n2 3 1",
    }
    if kind == "m_too_big":
        n = MAXN
        while n * (n - 1) // 2 < MAXM + 1:
            n += 1
        pairs = ((i, j) for i in range(1, n + 1) for j in range(i + 1, n + 1))
        edges = [(*next(pairs), 1) for _ in range(MAXM + 1)]
        return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    return cases[kind]


if mode == "sample":
    n, edges = HAND if opts.get("kind") == "hand" else HAND2
    out = render(n, relabel(n, edges))
elif mode == "random":
    n = rng.randint(max(MINN, size("lo", "1")), min(MAXN, size("hi", "8")))
    out = render(n, connected(n, rng.randint(n - 1, int(opts["mcap"])), size("wcap", "maxw")))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "big":
    n = size("n", "maxn")
    out = render(n, connected(n, size("m", "maxm"), size("wcap", "maxw")))
elif mode == "path":
    n = size("n", "maxn")
    out = render(n, path(n, size("wcap", "maxw")))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
