"""Test generator for the directed "who can reach vertex 1" task: python gen.py SEED MODE [key=value ...] prints one
input.

Params: maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; chain n= toward=1|0 (a path whose edges
all point towards vertex 1, or all away from it); funnel n= (random edges, most pointing to lower labels: a large
set reaches 1); full (N = maxn, M = maxm); invalid kind=too_big|self_loop|duplicate|outside|missing_edge.
Sizes may say maxn. Vertex 1 keeps its label; the others are relabelled at random.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)

# Hand-made first sample: 1 reaches 2, 3 and 4 along the edges, but 2, 5, 6 and 7 are the ones that can reach 1
# (7 -> 5 -> 6 -> 1, 2 -> 1); 8 is unconnected: answer 5, following the edges forward gives 4; inner vertices
# relabelled per seed.
SAMPLE = (8, [(1, 3), (3, 4), (5, 6), (6, 1), (1, 2), (2, 1), (7, 5)])


def num(key):
    value = opts[key]
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def relabelled(n, edges):
    inner = list(range(2, n + 1))
    rng.shuffle(inner)
    perm = {1: 1, **{v: inner[v - 2] for v in range(2, n + 1)}}
    out = [(perm[u], perm[v]) for u, v in edges]
    rng.shuffle(out)
    return out


def random_graph(n, m, down_bias=0.5):
    m = min(m, n * (n - 1))
    seen, edges = set(), []
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u == v:
            continue
        if (u < v) == (rng.random() < down_bias):  # orient towards the lower label with probability down_bias
            u, v = v, u
        if (u, v) not in seen:
            seen.add((u, v))
            edges.append((u, v))
    return edges


def invalid(kind):
    n, edges = SAMPLE
    edges = relabelled(n, edges)
    if kind == "too_big":
        return render(MAXN + 1, [(1, 2)])
    if kind == "self_loop":
        return render(n, edges[:-1] + [(edges[0][0], edges[0][0])])
    if kind == "duplicate":
        return render(n, edges[:-1] + [edges[0]])
    if kind == "outside":
        return render(n, edges[:-1] + [(edges[0][0], n + 1)])
    if kind == "missing_edge":
        return f"{n} {len(edges) + 1}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(SAMPLE[0], relabelled(*SAMPLE))
    else:
        n = rng.randint(6, 9)
        out = render(n, relabelled(n, random_graph(n, rng.randint(n, n + 4))))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n = rng.randint(lo, hi)
    out = render(n, relabelled(n, random_graph(n, rng.randint(0, min(MAXM, int(opts["mcap"]))),
                                               rng.choice([0.2, 0.5, 0.8]))))
elif mode == "chain":
    n = num("n")
    edges = [(i + 1, i) if opts["toward"] == "1" else (i, i + 1) for i in range(1, n)]
    out = render(n, relabelled(n, edges))
elif mode == "funnel":
    n = num("n")
    out = render(n, relabelled(n, random_graph(n, min(MAXM, 2 * n), 0.9)))
elif mode == "full":
    out = render(MAXN, relabelled(MAXN, random_graph(MAXN, MAXM, 0.5)))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
