"""Test generator for the same-group question: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=|m=; two_parts n= joined=0|1 [m=] (two
random connected parts, A in one and B in the other, with one joining edge or none; m= adds edges inside the parts up
to m edges in all); chain n= (A and B at the two ends of a path whose edges are listed towards A); same n= (A = B);
invalid kind=too_big|too_many_edges|self_loop|duplicate|outside|missing_edge|bad_pair. Sizes may say maxn, maxm.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)

# Hand-made first sample: A = 1 and B = 5 are joined through 3 and 4, but the edges are written "3 1", "4 3",
# "5 4" (towards A), so following them only as written never leaves A: the answer is YES; relabelled per seed.
SAMPLE = (7, 1, 5, [(3, 1), (4, 3), (5, 4), (2, 6), (6, 7)])


def num(key):
    value = opts[key]
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, a, b, edges):
    return f"{n} {len(edges)} {a} {b}\n" + "".join(f"{u} {v}\n" for u, v in edges)


def relabelled(n, a, b, edges, keep_direction=False):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    out = [(perm[u - 1], perm[v - 1]) if keep_direction or rng.random() < 0.5 else (perm[v - 1], perm[u - 1])
           for u, v in edges]
    rng.shuffle(out)
    return perm[a - 1], perm[b - 1], out


def random_graph(n, m, first=1):
    m = min(m, n * (n - 1) // 2)
    seen, edges = set(), []
    while len(edges) < m:
        u, v = rng.randint(first, first + n - 1), rng.randint(first, first + n - 1)
        if u != v and (min(u, v), max(u, v)) not in seen:
            seen.add((min(u, v), max(u, v)))
            edges.append((u, v))
    return edges


def tree(first, size):
    return [(rng.randint(first, v - 1), v) for v in range(first + 1, first + size)]


def invalid(kind):
    n, a, b, edges = SAMPLE
    a, b, edges = relabelled(n, a, b, edges)
    if kind == "too_big":
        return render(MAXN + 1, 1, 2, [(1, 2)])
    if kind == "too_many_edges":  # M = maxm + 1 distinct edges on maxn vertices: only the bound on M is broken
        return render(MAXN, 1, 2, random_graph(MAXN, MAXM + 1))
    if kind == "self_loop":
        return render(n, a, b, edges[:-1] + [(edges[0][0], edges[0][0])])
    if kind == "duplicate":
        return render(n, a, b, edges[:-1] + [(edges[0][1], edges[0][0])])
    if kind == "outside":
        return render(n, a, b, edges[:-1] + [(edges[0][0], n + 1)])
    if kind == "missing_edge":
        return f"{n} {len(edges) + 1} {a} {b}\n" + "".join(f"{u} {v}\n" for u, v in edges)
    if kind == "bad_pair":
        return render(n, a, n + 1, edges)
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    if opts.get("kind") == "hand":
        out = render(*(lambda n, a, b, e: (n, *relabelled(n, a, b, e, keep_direction=True)))(*SAMPLE))
    else:
        n = rng.randint(6, 9)
        a, b = rng.sample(range(1, n + 1), 2)
        out = render(n, a, b, random_graph(n, rng.randint(n - 3, n)))
elif mode == "random":
    lo, hi = int(opts["lo"]), min(MAXN, int(opts["hi"]))
    n = rng.randint(lo, hi)
    m = num("m") if "m" in opts else rng.randint(0, min(MAXM, int(opts["mcap"])))
    out = render(n, rng.randint(1, n), rng.randint(1, n), random_graph(n, m))
elif mode == "two_parts":
    n = num("n")
    half = n // 2
    edges = tree(1, half) + tree(half + 1, n - half)
    if opts["joined"] == "1":
        edges.append((rng.randint(1, half), rng.randint(half + 1, n)))
    if "m" in opts:  # a max test: extra edges inside each part (never across) up to m edges in all
        seen = {(min(u, v), max(u, v)) for u, v in edges}
        joins = len(edges) - (n - 2)  # the trees have n - 2 edges; 1 or 0 more join the parts
        room = half * (half - 1) // 2 + (n - half) * (n - half - 1) // 2 + joins
        while len(edges) < min(num("m"), room):
            first, size = (1, half) if rng.random() < 0.5 else (half + 1, n - half)
            u, v = rng.randint(first, first + size - 1), rng.randint(first, first + size - 1)
            if u != v and (min(u, v), max(u, v)) not in seen:
                seen.add((min(u, v), max(u, v)))
                edges.append((u, v))
    a, b, edges = relabelled(n, rng.randint(1, half), rng.randint(half + 1, n), edges)
    out = render(n, a, b, edges)
elif mode == "chain":
    n = num("n")
    a, b, edges = relabelled(n, 1, n, [(i + 1, i) for i in range(1, n)], keep_direction=True)
    out = render(n, a, b, edges)
elif mode == "same":
    n = num("n")
    a = rng.randint(1, n)
    out = render(n, a, a, random_graph(n, min(MAXM, n)))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
