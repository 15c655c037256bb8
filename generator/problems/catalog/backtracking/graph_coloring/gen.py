"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: "N M", then M lines "u v" (1-based, no loops, no repeated edges). Params: maxn.
Modes: sample1, sample2, sample3 (a graph DSatur colours with 5, needing 4), trap extra=isolated|k4|every_start_4|
every_start_5 (sample 3's graph relabelled beside more vertices, or a graph DSatur misses from every start), random
n= p=, ring n= (one even cycle of n-4..n vertices, randomly labelled: all degrees tie, so the search colours far-apart
vertices early and must undo colours), stress (random n=6 p=0.5 or ring n=12), fixed case=, max kind=, invalid
kind=. Vertices are relabelled at random except where the label order is the point (the crown graph, which defeats
greedy colouring in label order)."""
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


# 16 vertices each, found by a hill climb over graphs: DSatur started from each of the 16 vertices in turn, with ties
# by degree then lowest or highest label, by uncoloured degree, or at random, never ends with fewer than 5 (6)
# colours, though 4 (5) suffice. Best-of-every-start DSatur gets sample 3's graph right; these it does not.
EVERY_START_TRAP_4 = [(0, 5), (0, 6), (0, 7), (0, 8), (0, 11), (0, 15), (1, 6), (1, 7), (1, 10), (1, 13), (1, 14),
    (1, 15), (2, 9), (2, 13), (2, 14), (3, 4), (3, 7), (3, 8), (3, 9), (3, 15), (4, 5), (4, 8), (4, 9), (4, 10),
    (4, 11), (5, 6), (5, 10), (5, 13), (5, 14), (6, 12), (6, 14), (6, 15), (7, 8), (7, 9), (7, 13), (7, 15), (8, 9),
    (8, 13), (8, 14), (10, 12), (10, 13), (11, 13), (11, 14), (12, 13), (12, 14), (13, 14)]
EVERY_START_TRAP_5 = [(0, 2), (0, 3), (0, 6), (0, 7), (0, 8), (0, 9), (0, 15), (1, 2), (1, 4), (1, 6), (1, 7),
    (1, 8), (1, 12), (1, 15), (2, 3), (2, 5), (2, 6), (2, 7), (2, 9), (2, 10), (2, 13), (2, 14), (3, 4), (3, 5),
    (3, 6), (3, 7), (3, 8), (3, 10), (3, 11), (3, 12), (3, 14), (3, 15), (4, 5), (4, 7), (4, 11), (4, 15), (5, 6),
    (5, 8), (5, 11), (5, 13), (6, 8), (6, 11), (6, 14), (7, 8), (7, 10), (7, 13), (7, 14), (7, 15), (8, 12), (9, 10),
    (9, 12), (9, 13), (9, 14), (9, 15), (10, 15), (11, 13), (11, 15), (12, 13), (12, 14), (12, 15), (13, 15),
    (14, 15)]


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
elif mode == "trap":  # sample 3's graph hidden again, relabelled, beside more vertices that do not change any
    # DSatur run on it (DSatur colours a component it has started before any vertex of no coloured neighbour):
    # extra=isolated adds up to five lone vertices, extra=k4 a separate 4-clique and one lone vertex. Needs 4.
    # extra=every_start_4|5 is another graph (below), 16 vertices, needing 4 or 5.
    extra = opts["extra"]
    n, edges = 11, list(DSATUR_TRAP)
    if extra in ("every_start_4", "every_start_5"):  # not sample 3's graph: one that DSatur misses from any start
        n, edges = 16, list(EVERY_START_TRAP_4 if extra == "every_start_4" else EVERY_START_TRAP_5)
    elif extra == "k4":
        edges += [(11 + i, 11 + j) for i in range(4) for j in range(i + 1, 4)]
        n = 16
    elif extra == "isolated":
        n = 11 + rng.randint(1, 5)
    else:
        raise SystemExit(f"unknown extra {extra}")
    if n > MAXN:  # a smaller bound keeps the trap alone
        n, edges = 11, list(DSATUR_TRAP)
    out = render(n, edges)
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
