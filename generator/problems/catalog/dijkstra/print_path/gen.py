"""Test generator for dijkstra.print_path (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw.

Modes: sample kind=hand|random; random lo= hi= mcap= [wcap=]; fixed name=...; gadgets count= [wcap=] (every vertex
is first reached by a heavy edge and improved later: a parent set only once gives a longer route); ties k= (a ladder
of equal-cost detours: many shortest routes); chain [heavy=1]; big [wcap=];
strip [hmax=] [giants=] (a grid a few rows high, against a queue-based Bellman-Ford); hub (one vertex of huge degree
improved K times: Dijkstra without the stale-entry check rescans it K times); invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def wcap():
    value = opts.get("wcap", "maxw")
    return MAXW if value == "maxw" else int(value)


def render(n, edges):
    edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def relabel(n, edges):
    """Random names for the inner vertices; 1 and n keep theirs."""
    inner = list(range(2, n))
    shuffled = inner[:]
    rng.shuffle(shuffled)
    name = list(range(n + 1))
    for a, b in zip(inner, shuffled):
        name[a] = b
    return [(name[u], name[v], w) for u, v, w in edges]


def graph(n, m, maxw, connected):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    tree = n - 1 if connected else rng.randrange(n)
    edges = []
    for i in range(1, min(n, tree + 1, m + 1)):
        edges.append((perm[rng.randrange(i)], perm[i], rng.randint(1, maxw)))
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            edges.append((u, v, rng.randint(1, maxw)))
    return edges


def random_case(n, mcap, maxw):
    m = rng.randint(max(0, n - 2), max(n - 1, mcap))
    return render(n, graph(n, min(m, MAXM), maxw, connected=rng.random() < 0.85))


def gadgets(count, maxw):
    # Vertex g+1 is reached from g directly (heavy) and through a middle vertex (two light edges, cheaper).
    n = 2 * count + 1
    edges = []
    for g in range(count):
        a, mid, b = 2 * g + 1, 2 * g + 2, 2 * g + 3
        light1, light2 = rng.randint(1, max(1, maxw // 4)), rng.randint(1, max(1, maxw // 4))
        edges += [(a, b, min(maxw, light1 + light2 + rng.randint(1, max(1, maxw // 4)))), (a, mid, light1),
                  (mid, b, light2)]
    return render(n, relabel(n, edges))


def ties(k):
    # A ladder: two parallel routes of equal cost between consecutive rungs, so 2^k shortest routes.
    n = 2 * k + 1
    edges = []
    for g in range(k):
        a, mid, b = 2 * g + 1, 2 * g + 2, 2 * g + 3
        w = rng.randint(1, 5)
        edges += [(a, mid, w), (mid, b, w), (a, b, 2 * w)]
    return render(n, relabel(n, edges))


def fixed(name):
    W = MAXW
    cases = {
        "no_edges": (2, []),
        "one_edge": (2, [(1, 2, 7)]),
        "parallel": (3, [(1, 2, 5), (1, 2, 2), (2, 3, 4), (3, 2, 1)]),
        "heavy_chain": (4, [(1, 2, W), (2, 3, W), (3, 4, W)]),
        "unreachable": (6, [(1, 2, 1), (2, 3, 1), (4, 5, 1), (5, 6, 1)]),
        "direct_is_slow": (3, [(1, 3, 5), (1, 2, 2), (2, 3, 2)]),
        "equal_routes": (4, [(1, 2, 3), (2, 4, 3), (1, 3, 2), (3, 4, 4), (1, 4, 6)]),
        "back_and_forth": (5, [(1, 2, 1), (2, 3, 1), (3, 2, 1), (3, 4, 5), (2, 5, 9), (4, 5, 1)]),
    }
    n, edges = cases[name]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def hand():
    # The route with the fewest roads (1-2-5, 11) is slower than 1-2-3-4-5 (7); 1-3-4-5 costs 8.
    edges = [(1, 2, 2), (2, 5, 9), (1, 3, 4), (3, 4, 1), (4, 5, 3), (2, 3, 1)]
    return render(5, relabel(5, edges))


def chain(heavy=False):
    # One long route through every vertex (the printed path has N vertices), plus heavy shortcuts. heavy: the route's
    # roads all weigh MAXW - 10 .. MAXW and there are no shortcuts (a shortcut of at most MAXW would beat the route),
    # so the answer is about (N - 1) MAXW (5 * 10**10 at full size): an infinity of 10**9 or a 32-bit sum fails it.
    n = MAXN
    order = [1] + rng.sample(range(2, n), n - 2) + [n]
    if heavy:
        return render(n, [(order[i], order[i + 1], rng.randint(max(1, MAXW - 10), MAXW)) for i in range(n - 1)])
    edges = [(order[i], order[i + 1], rng.randint(1, 10)) for i in range(n - 1)]
    while len(edges) < min(MAXM, 2 * n):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append((order[i], order[j], 10 * (j - i) + rng.randint(1, 10)))
    return render(n, edges)


def strip():
    # A grid 4-6 rows high from corner 1 to corner N, links along the rows of random weight 1..maxw and links
    # across them of weight 1: a queue-based Bellman-Ford (SPFA) improves the same vertices again and again as
    # better values creep along the strip (10^7 relaxations and more), while Dijkstra settles each vertex once.
    # giants=K hangs K extra vertices off random cells by links of weight maxw, far above the strip's distances
    # (with hmax= well below maxw): the SLF and LLL queue heuristics (a smaller distance goes to the front, one
    # above the queue's average to the back) then stop rescuing SPFA, as the giants sit in its queue.
    giants = int(opts.get("giants", "0"))
    hmax = int(opts.get("hmax", str(MAXW)))
    rows = rng.randint(4, 6)
    cols = min((MAXN - giants) // rows, (MAXM - giants + rows) // (2 * rows - 1))
    cells = rows * cols
    n = cells + giants
    edges = [(r * cols + c + 1, r * cols + c + 2, rng.randint(1, hmax)) for r in range(rows) for c in range(cols - 1)]
    edges += [(r * cols + c + 1, (r + 1) * cols + c + 1, 1) for r in range(rows - 1) for c in range(cols)]
    edges += [(rng.randint(1, cells), g, MAXW) for g in range(cells + 1, n + 1)]
    if giants:  # the far corner becomes vertex n
        edges = [(n if u == cells else u, n if v == cells else v, w) for u, v, w in edges]
        edges[-1] = (edges[-1][0], cells, MAXW)
    return render(n, relabel(n, edges))


def hub():
    # Vertex 1 reaches K "improvers" a_1..a_K (dist d_1 < ... < d_K) and each a_i reaches the hub at C - i: Dijkstra
    # pops the improvers in order and every one lowers the hub's distance, so the heap holds K entries for the hub, all
    # popped before N (a leaf of the hub behind a link of weight MAXW). Without "skip an entry whose distance is stale"
    # each of them rescans the hub's links (its K improvers, its leaves and parallel links to them): about K times
    # (MAXM - K), 10^9 steps at full size, while the reference scans the hub once.
    k = (MAXN - 2) // 2
    leaves = MAXN - 2 - k
    n = MAXN
    hub_v = k + 2
    improvers = list(range(2, k + 2))
    leaf_vs = list(range(k + 3, n + 1))
    d = sorted(rng.sample(range(1, MAXW // 4), k))
    c = MAXW // 2 + k + 1
    edges = [(1, a, d[i]) for i, a in enumerate(improvers)]
    edges += [(a, hub_v, c - (i + 1) - d[i]) for i, a in enumerate(improvers)]
    edges += [(hub_v, x, MAXW if x == n else rng.randint(1, MAXW)) for x in leaf_vs]
    while len(edges) < MAXM:
        edges.append((hub_v, rng.choice(leaf_vs[:-1]), rng.randint(1, MAXW)))
    assert leaves >= 2 and all(1 <= w <= MAXW for _, _, w in edges)
    return render(n, relabel(n, edges))


def invalid(kind):
    base = ["5 4", "1 2 3", "2 3 4", "3 5 1", "1 4 2"]
    if kind == "n_too_big":
        base[0] = f"{MAXN + 1} 4"
    elif kind == "n_one":
        return "1 0\n"
    elif kind == "m_too_big":
        m = MAXM + 1
        return f"3 {m}\n" + "".join(f"{1 + i % 2} {2 + i % 2} 1\n" for i in range(m))
    elif kind == "vertex_out_of_range":
        base[2] = "2 6 4"
    elif kind == "weight_too_big":
        base[3] = f"3 5 {MAXW + 1}"
    elif kind == "weight_zero":
        base[3] = "3 5 0"
    elif kind == "self_loop":
        base[2] = "3 3 4"
    elif kind == "missing_weight":
        base[2] = "2 3"
    elif kind == "double_space":
        base[1] = "1  2 3"
    elif kind == "leading_zero":
        base[1] = "1 02 3"
    elif kind == "missing_edge":
        base.pop()
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(base) + "\n"


if mode == "sample":
    out = hand() if opts.get("kind") == "hand" else random_case(rng.randint(4, 6), 8, 6)
elif mode == "random":
    out = random_case(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))), int(opts["mcap"]), wcap())
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "gadgets":
    out = gadgets(min((MAXN - 1) // 2, (MAXM // 3), int(opts["count"])), wcap())
elif mode == "ties":
    out = ties(min((MAXN - 1) // 2, MAXM // 3, int(opts["k"])))
elif mode == "chain":
    out = chain(heavy=opts.get("heavy") == "1")
elif mode == "big":
    out = render(MAXN, graph(MAXN, MAXM, wcap(), connected=True))
elif mode == "strip":
    out = strip()
elif mode == "hub":
    out = hub()
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
