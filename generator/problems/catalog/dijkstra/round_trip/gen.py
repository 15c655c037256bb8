"""Test generator for dijkstra.round_trip (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw.

Modes: sample kind=hand|random; random lo= hi= mcap= [wcap=]; fixed name=...; ring [wcap=] (one big one-way
cycle: every round trip is the whole cycle, about N * MAXW); chain [wcap=] (X at one end of a two-way path: the far
end's round trip is about 2 (N - 1) MAXW, above 2^31); lopsided (out fast, back slow for some vertices and
the reverse for others: the two maxima belong to different people); big [wcap=];
strip [hmax=] [giants=] (a grid a few rows high, against a queue-based Bellman-Ford); invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def wcap():
    value = opts.get("wcap", "maxw")
    return MAXW if value == "maxw" else int(value)


def render(n, x, edges):
    rng.shuffle(edges)
    return f"{n} {len(edges)} {x}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def strong(n, m, x, maxw):
    """A random tree of roads out of X, a random tree of roads into X, then random extra roads up to m."""
    rnd = rng.random
    edges = []
    for inward in (False, True):
        perm = [v for v in range(1, n + 1) if v != x]
        rng.shuffle(perm)
        perm = [x] + perm
        for i in range(1, n):
            parent = perm[int(rnd() * i)]
            w = 1 + int(rnd() * maxw)
            edges.append((perm[i], parent, w) if inward else (parent, perm[i], w))
    while len(edges) < m and n >= 2:
        u, v = 1 + int(rnd() * n), 1 + int(rnd() * n)
        if u != v:
            edges.append((u, v, 1 + int(rnd() * maxw)))
    return edges


def ring(n, maxw):
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = [(order[i], order[(i + 1) % n], rng.randint(max(1, maxw - 10), maxw)) for i in range(n)]
    return render(n, rng.randint(1, n), edges)


def chain(n, maxw):
    # X at one end of a path of roads both ways, all near MAXW: the far end's round trip is about 2 (N - 1) MAXW, past
    # 2^31 at full size, and each half of it past 10**9 (a ring's round trips are all the ring, about N * MAXW).
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = []
    for a, b in zip(order, order[1:]):
        edges += [(a, b, rng.randint(max(1, maxw - 10), maxw)), (b, a, rng.randint(max(1, maxw - 10), maxw))]
    return render(n, order[0], edges)


def lopsided(n):
    # Odd vertices: X -> i costs little, i -> X a lot; even vertices the other way round; best sum is balanced.
    x = 1
    edges = []
    for i in range(2, n + 1):
        cheap, dear = rng.randint(1, 10), rng.randint(MAXW // 2, MAXW)
        edges += [(x, i, cheap), (i, x, dear)] if i % 2 else [(x, i, dear), (i, x, cheap)]
    return render(n, x, edges)


def fixed(name):
    W = MAXW
    cases = {
        "one_vertex": (1, 1, []),
        "two_vertices": (2, 1, [(1, 2, 5), (2, 1, 3)]),
        "one_way_triangle": (3, 1, [(1, 2, 1), (2, 3, 2), (3, 1, 3)]),
        "x_last": (4, 4, [(1, 4, 2), (4, 1, 9), (2, 4, 1), (4, 2, 1), (3, 4, 7), (4, 3, 2), (4, 1, 3), (1, 2, 1)]),
        "parallel": (3, 2, [(1, 2, 9), (1, 2, 4), (2, 1, 6), (2, 1, 8), (2, 3, 3), (3, 2, 3), (3, 1, 1)]),
        "heavy_ring": (4, 2, [(1, 2, W), (2, 3, W), (3, 4, W), (4, 1, W)]),
        "back_through_others": (4, 1, [(1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 1, 1), (2, 1, 100), (1, 4, 50)]),
    }
    n, x, edges = cases[name]
    return f"{n} {len(edges)} {x}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def hand():
    # Round trips differ from twice the way out: roads are one-way.
    n = 5
    x = rng.randint(1, n)
    others = [v for v in range(1, n + 1) if v != x]
    rng.shuffle(others)
    a, b, c, d = others
    edges = [(x, a, 2), (a, b, 3), (b, x, 1), (x, c, 4), (c, d, 1), (d, x, 6), (b, c, 2), (d, a, 5)]
    return render(n, x, edges)


def strip():
    # A grid 4-6 rows high from corner X to the far corner, every link a road each way, the links along the rows of
    # random weight 1..maxw and the links across them of weight 1: a queue-based Bellman-Ford (SPFA) improves the
    # same vertices again and again as better values creep along the strip (10^7 relaxations and more), while
    # Dijkstra settles each vertex once.
    # giants=K hangs K extra vertices off random cells by roads of weight maxw, far above the strip's distances
    # (with hmax= well below maxw): the SLF and LLL queue heuristics (a smaller distance goes to the front, one
    # above the queue's average to the back) then stop rescuing SPFA, as the giants sit in its queue.
    giants = int(opts.get("giants", "0"))
    hmax = int(opts.get("hmax", str(MAXW)))
    rows = rng.randint(4, 6)
    cols = min((MAXN - giants) // rows, ((MAXM - 2 * giants) // 2 + rows) // (2 * rows - 1))
    cells = rows * cols
    n = cells + giants
    edges = [(r * cols + c + 1, r * cols + c + 2, rng.randint(1, hmax)) for r in range(rows) for c in range(cols - 1)]
    edges += [(r * cols + c + 1, (r + 1) * cols + c + 1, 1) for r in range(rows - 1) for c in range(cols)]
    edges += [(v, u, w) for u, v, w in edges]
    for g in range(cells + 1, n + 1):  # a giant hangs off a cell both ways
        v = rng.randint(1, cells)
        edges += [(v, g, MAXW), (g, v, MAXW)]
    order = list(range(1, n + 1))
    rng.shuffle(order)
    return render(n, order[0], [(order[u - 1], order[v - 1], w) for u, v, w in edges])


def invalid(kind):
    base = ["4 6 2", "1 2 3", "2 3 4", "3 4 1", "4 1 2", "2 1 5", "4 2 2"]
    if kind == "n_too_big":
        base[0] = f"{MAXN + 1} 6 2"
    elif kind == "m_too_big":
        m = MAXM + 1
        return f"2 {m} 1\n" + "".join(f"{1 + i % 2} {2 - i % 2} 1\n" for i in range(m))
    elif kind == "x_out_of_range":
        base[0] = "4 6 5"
    elif kind == "x_zero":
        base[0] = "4 6 0"
    elif kind == "vertex_out_of_range":
        base[2] = "2 5 4"
    elif kind == "weight_too_big":
        base[3] = f"3 4 {MAXW + 1}"
    elif kind == "weight_zero":
        base[3] = "3 4 0"
    elif kind == "self_loop":
        base[2] = "3 3 4"
    elif kind == "not_reachable_from_x":
        return "3 2 1\n2 1 1\n3 1 1\n"
    elif kind == "cannot_reach_x":
        return "3 3 1\n1 2 1\n2 3 1\n2 1 1\n"
    elif kind == "missing_weight":
        base[2] = "2 3"
    elif kind == "double_space":
        base[1] = "1  2 3"
    elif kind == "missing_edge":
        base.pop()
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(base) + "\n"


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand()
    else:
        n = rng.randint(4, 6)
        out = render(n, rng.randint(1, n), strong(n, rng.randint(2 * n - 2, 2 * n + 2), rng.randint(1, n), 9))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    x = rng.randint(1, n)
    m = min(MAXM, max(2 * n - 2, rng.randint(2 * n - 2, int(opts["mcap"]))))
    out = render(n, x, strong(n, m, x, wcap()))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "ring":
    out = ring(MAXN, wcap())
elif mode == "chain":
    out = chain(min(MAXN, MAXM // 2 + 1), wcap())
elif mode == "lopsided":
    out = lopsided(min(MAXN, int(opts.get("n", MAXN)), MAXM // 2 + 1))
elif mode == "big":
    x = rng.randint(1, MAXN)
    out = render(MAXN, x, strong(MAXN, MAXM, x, wcap()))
elif mode == "strip":
    out = strip()
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
