"""Test generator for the within-K-steps task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; full (N = maxn, M = maxm, small K); path n= k= chords= (a long path under a
random labelling plus a few chords, start at one end); star n= k=; lonely n= (the start has no edge); grid n= k=
(a grid-shaped graph: many equal-length routes); invalid kind=too_big|self_loop|duplicate|k_negative|
start_outside|missing_edge. Sizes may say maxn, maxm; k may say n.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)

# Hand-made first sample: S on a cycle of 7 with a pendant vertex, K = 2. A depth-first search walks round the
# cycle and meets the far neighbours of S late (at depth 4 or more), so counting by DFS depth misses them;
# relabelled per seed.
SAMPLE = (8, 1, 2, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 1), (4, 8)])


def num(key, n=None):
    value = opts[key]
    return {"maxn": MAXN, "maxm": MAXM, "n": n}.get(value) or int(value)


def render(n, s, k, edges):
    return f"{n} {len(edges)} {s} {k}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def relabelled(n, s, edges):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    out = [(perm[u - 1], perm[v - 1]) if rng.random() < 0.5 else (perm[v - 1], perm[u - 1]) for u, v in edges]
    rng.shuffle(out)
    return perm[s - 1], out


def random_graph(n, m):
    m = min(m, n * (n - 1) // 2)
    seen, edges = set(), []
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v and (min(u, v), max(u, v)) not in seen:
            seen.add((min(u, v), max(u, v)))
            edges.append((u, v))
    return edges


def path(n, k, chords):
    edges = [(i, i + 1) for i in range(1, n)]
    seen = {(i, i + 1) for i in range(1, n)}
    for _ in range(chords):
        u = rng.randint(1, n)
        v = min(n, u + rng.randint(2, 6))
        if u != v and (u, v) not in seen:
            seen.add((u, v))
            edges.append((u, v))
    s, edges = relabelled(n, 1, edges)
    return render(n, s, k, edges)


def grid(n, k):
    side = max(1, int(n ** 0.5))
    n = side * side
    edges = []
    for r in range(side):
        for c in range(side):
            x = r * side + c + 1
            if c + 1 < side:
                edges.append((x, x + 1))
            if r + 1 < side:
                edges.append((x, x + side))
    s, edges = relabelled(n, 1, edges)
    return render(n, s, k, edges)


def invalid(kind):
    n, s, k, edges = SAMPLE
    s, edges = relabelled(n, s, edges)
    if kind == "too_big":
        return render(MAXN + 1, 1, 1, [(1, 2)])
    if kind == "self_loop":
        return render(n, s, k, edges[:-1] + [(edges[0][0], edges[0][0])])
    if kind == "duplicate":
        return render(n, s, k, edges[:-1] + [(edges[0][1], edges[0][0])])
    if kind == "k_negative":
        return render(n, s, -1, edges)
    if kind == "start_outside":
        return render(n, n + 1, k, edges)
    if kind == "missing_edge":
        return render(n, s, k, edges)[:-len("{} {}\n".format(*edges[-1]))].replace(
            f"{n} {len(edges)} ", f"{n} {len(edges)} ", 1)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        n, s, k, edges = SAMPLE
        s, edges = relabelled(n, s, edges)
        out = render(n, s, k, edges)
    else:
        n = rng.randint(6, 9)
        out = render(n, rng.randint(1, n), rng.randint(1, 3), random_graph(n, rng.randint(n - 1, n + 3)))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n = rng.randint(lo, hi)
    m = rng.randint(0, min(MAXM, int(opts["mcap"]), n * (n - 1) // 2))
    out = render(n, rng.randint(1, n), rng.randint(0, n), random_graph(n, m))
elif mode == "full":
    n = MAXN
    out = render(n, rng.randint(1, n), rng.randint(2, 8), random_graph(n, MAXM))
elif mode == "path":
    n = num("n")
    out = path(n, num("k", n), int(opts.get("chords", "0")))
elif mode == "star":
    n = num("n")
    s, edges = relabelled(n, 1, [(1, i) for i in range(2, n + 1)])
    out = render(n, s, num("k", n), edges)
elif mode == "lonely":
    n = num("n")
    edges = [(u, v) for u, v in random_graph(n, min(MAXM, 2 * n)) if 1 not in (u, v)]
    out = render(n, 1, n, edges)
elif mode == "grid":
    n = num("n")
    out = grid(n, num("k", n))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
