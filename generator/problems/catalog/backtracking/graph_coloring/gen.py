"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then M lines "u v" (1-based, no loops, no repeated edges). Params: maxn.
Modes: sample1, sample2, sample3 (a graph DSatur colours with 5, needing 4), random n= p=, ring n= (one even cycle
of n-4..n vertices, randomly labelled: all degrees tie, so the search colours far-apart vertices early and must undo
colours), stress (random n=6 p=0.5 or ring n=12), fixed case=, max kind=, invalid kind=. Vertices are relabelled at random
except where the label order is the point (the crown graph, which defeats greedy colouring in label order)."""
import random
import sys
from itertools import product

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN = int(opts["maxn"])
rng = random.Random(seed)


def render(n, edges, relabel=True):
    label = list(range(1, n + 1))
    if relabel:
        rng.shuffle(label)
    edges = [(label[u], label[v]) for u, v in edges]
    edges = [(u, v) if rng.random() < 0.5 else (v, u) for u, v in edges]
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def random_graph(n, p):
    return [(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < p]


def mycielski(n_extra, p):
    """The Groetzsch graph (11 vertices, no triangle, needs 4 colours) plus n_extra sparsely attached vertices."""
    cycle = [(i, (i + 1) % 5) for i in range(5)]
    edges = cycle + [(5 + i, j) for i, j in cycle] + [(5 + j, i) for i, j in cycle] + [(10, 5 + i) for i in range(5)]
    for v in range(11, 11 + n_extra):
        edges += [(u, v) for u in range(v) if rng.random() < p]
    return 11 + n_extra, edges


def crown(pairs):
    """K_{p,p} minus a perfect matching, labelled a1 b1 a2 b2 ...: 2 colours suffice, greedy in order uses p."""
    edges = [(2 * i, 2 * j + 1) for i in range(pairs) for j in range(pairs) if i != j]
    return 2 * pairs, edges


# 11 vertices, 4 colours suffice; every run of DSatur (an uncoloured vertex with the most colours among its
# neighbours, ties by degree, then any) gets the smallest free colour and ends with 5 colours.
DSATUR_TRAP = [(0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (1, 2), (1, 3), (1, 6), (1, 7), (1, 8), (1, 9), (1, 10),
               (2, 3), (2, 7), (2, 8), (3, 4), (3, 8), (3, 9), (4, 5), (4, 9), (4, 10), (5, 6), (5, 9), (5, 10), (6, 7),
               (6, 10), (7, 10), (9, 10)]


def colourable(n, edges, k):
    return any(all(c[u] != c[v] for u, v in edges) for c in product(range(k), repeat=n))


if mode == "sample1":  # needs 4 colours: three are not always enough
    n = rng.randint(5, 6)
    edges = random_graph(n, 0.6)
    while colourable(n, edges, 3):
        edges = random_graph(n, 0.6)
    out = render(n, edges)
elif mode == "sample2":
    n, edges = crown(3)
    out = render(n, edges, relabel=False)
elif mode == "sample3":  # needs 4; DSatur (most coloured neighbours, then highest degree) uses 5 whatever the ties
    out = render(11, DSATUR_TRAP)
elif mode == "random":
    n = rng.randint(1, min(MAXN, int(opts["n"])))
    out = render(n, random_graph(n, float(opts["p"])))
elif mode == "ring":
    top = min(MAXN, int(opts["n"])) // 2
    n = 2 * rng.randint(max(2, top - 2), top)
    out = render(n, [(i, (i + 1) % n) for i in range(n)])
elif mode == "stress":
    if rng.random() < 0.6:
        n = rng.randint(1, min(MAXN, 6))
        out = render(n, random_graph(n, 0.5))
    else:
        n = 2 * rng.randint(3, min(MAXN, 12) // 2)
        out = render(n, [(i, (i + 1) % n) for i in range(n)])
elif mode == "fixed":
    case = opts["case"]
    if case == "single":
        out = render(1, [])
    elif case == "no_edges":
        out = render(rng.randint(2, 6), [])
    elif case == "complete":
        n = rng.randint(4, 6)
        out = render(n, [(i, j) for i in range(n) for j in range(i + 1, n)])
    elif case == "odd_cycle":
        n = rng.choice([5, 7])
        out = render(n, [(i, (i + 1) % n) for i in range(n)])
    elif case == "even_cycle":
        n = rng.choice([4, 6, 8])
        out = render(n, [(i, (i + 1) % n) for i in range(n)])
    elif case == "crown":
        n, edges = crown(min(MAXN // 2, rng.randint(4, 8)))
        out = render(n, edges, relabel=False)
    elif case == "groetzsch":
        out = render(*mycielski(0, 0))
    elif case == "wheel":  # an odd rim needs 3, the hub a 4th
        rim = rng.choice([5, 7])
        out = render(rim + 1, [(i, (i + 1) % rim) for i in range(rim)] + [(i, rim) for i in range(rim)])
    else:
        raise SystemExit(f"unknown case {case}")
elif mode == "max":
    kind = opts["kind"]
    if kind == "groetzsch_plus":
        out = render(*mycielski(MAXN - 11, 0.3))
    else:
        out = render(MAXN, random_graph(MAXN, float(kind)))
elif mode == "invalid":
    kind = opts["kind"]
    out = {
        "n_too_big": f"{MAXN + 1} 1\n1 2\n",
        "loop": "3 2\n1 2\n2 2\n",
        "repeated_edge": "3 3\n1 2\n2 3\n2 1\n",
        "vertex_out_of_range": "3 2\n1 2\n2 4\n",
        "count_mismatch": "3 3\n1 2\n2 3\n",
        "zero_vertices": "0 0\n",
    }[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
