"""Test generator for dijkstra.via_two (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw.

Modes: sample kind=hand|random; random lo= hi= mcap= [wcap=]; fixed name=...; order_trap n= (a line where the stop
nearer to 1 must be visited second); chain [far=1] (a heavy path: the answer exceeds 10^9; far=1: 2^31 - 1); big [wcap=];
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


def render(n, edges, a, b):
    edges = [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges) + f"{a} {b}\n"


def relabel(n, edges, stops):
    """Random names for the inner vertices; 1 and n keep theirs."""
    inner = list(range(2, n))
    shuffled = inner[:]
    rng.shuffle(shuffled)
    name = list(range(n + 1))
    for x, y in zip(inner, shuffled):
        name[x] = y
    return [(name[u], name[v], w) for u, v, w in edges], [name[s] for s in stops]


def random_stops(n):
    a, b = rng.sample(range(1, n + 1), 2)
    if rng.random() < 0.15:  # sometimes a stop is an end of the route
        a = rng.choice([1, n]) if n > 2 else a
        if a == b:
            b = next(v for v in range(1, n + 1) if v != a)
    return a, b


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


def line(positions, extra=()):
    """Vertices on a line at the given positions (vertex i at positions[i-1]); neighbours on the line joined."""
    order = sorted(range(1, len(positions) + 1), key=lambda v: positions[v - 1])
    edges = [(order[i], order[i + 1], positions[order[i + 1] - 1] - positions[order[i] - 1]) for i in range(len(order) - 1)]
    return edges + list(extra)


def order_trap(n):
    # On a line: N far to the left, A just left of 1, B a bit to the right. Nearer-first (A) and A-first both
    # walk to B and all the way back; B first is shorter.
    pos = [0] * n
    pos[0] = 0
    a, b = 2, 3
    pos[a - 1], pos[b - 1] = -rng.randint(1, 5), rng.randint(6, 10)
    pos[n - 1] = -MAXW
    free = sorted(rng.sample(range(-MAXW + 1, 0), n - 3)) if n > 3 else []
    free = [p for p in free if p not in (pos[a - 1],)]
    for v, p in zip(range(4, n), free):
        pos[v - 1] = p
    used = set()
    for v in range(n):  # make positions distinct and edge weights positive
        while pos[v] in used:
            pos[v] -= 1
        used.add(pos[v])
    edges = line(pos)
    if any(w > MAXW for _, _, w in edges):
        raise SystemExit("order_trap: weight too big")
    edges, (a, b) = relabel(n, edges, (a, b))
    return render(n, edges, a, b)


def chain(far):
    # One heavy path 1 - B - ... - A - N through every vertex, plus parallel roads that are no faster: the answer is about N * maxw.
    # far=1: A - ... - 1 - N - ... - B, the stops at the two ends and 1, N side by side in the middle: the best route
    # walks to one end, along the whole path to the other and back to the middle, about 2 (N - 1) maxw (4 * 10**9 for
    # the max params: above 2^31 - 1, while every single leg stays below it).
    n = MAXN
    if far:
        inner = rng.sample(range(2, n), n - 2)
        order = inner[:(n - 2) // 2] + [1, n] + inner[(n - 2) // 2:]
    else:
        order = [1] + rng.sample(range(2, n), n - 2) + [n]
    edges = [(order[i], order[i + 1], MAXW - rng.randint(0, 3)) for i in range(n - 1)]
    while len(edges) < min(MAXM, 2 * n):  # parallel copies of path roads, never shorter
        i = rng.randrange(n - 1)
        edges.append((order[i], order[i + 1], MAXW))
    return render(n, edges, order[0], order[-1]) if far else render(n, edges, order[n - 2], order[1])


def fixed(name):
    W = MAXW
    cases = {
        "two_vertices": (2, [(1, 2, 7)], 2, 1),
        "two_vertices_no_edge": (2, [], 1, 2),
        "stops_are_ends": (4, [(1, 2, 1), (2, 4, 1), (1, 3, 5), (3, 4, 5)], 1, 4),
        "stops_reversed_ends": (4, [(1, 2, 1), (2, 4, 1), (1, 3, 5), (3, 4, 5)], 4, 1),
        "stop_unreachable": (5, [(1, 2, 1), (2, 5, 1), (3, 4, 1)], 2, 3),
        "end_unreachable": (5, [(1, 2, 1), (2, 3, 1), (4, 5, 1)], 2, 3),
        "nearer_is_wrong": (5, [(2, 1, 1), (1, 3, 2), (2, 4, 50), (4, 5, 50)], 2, 3),
        "dead_end_stop": (5, [(1, 2, 1), (2, 5, 1), (2, 3, 4), (3, 4, 1)], 4, 2),
        "heavy": (4, [(1, 2, W), (2, 3, W), (3, 4, W)], 3, 2),
        "parallel": (4, [(1, 2, 6), (1, 2, 2), (2, 3, 5), (3, 2, 1), (3, 4, 9), (4, 3, 3)], 3, 2),
    }
    n, edges, a, b = cases[name]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges) + f"{a} {b}\n"


def hand():
    # 1 -> B -> A -> N (3 + 2 + 2 = 7) beats 1 -> A -> B -> N (4 + 2 + 6 = 12) although A is nearer... or not:
    # the weights are shuffled a little per seed. Redrawn until the order A then B (wa_one_order) and the order
    # that starts at the stop nearer to vertex 1 (wa_nearer_stop_first) are both longer than the best.
    while True:
        w12, w13 = rng.randint(3, 4), rng.randint(3, 5)
        base = [(1, 2, w12), (1, 3, w13), (2, 3, 2), (2, 5, 2), (3, 4, 4), (4, 5, 2), (3, 5, 6)]
        d = [[0 if i == j else 99 for j in range(6)] for i in range(6)]
        for u, v, w in base:
            d[u][v] = d[v][u] = min(d[u][v], w)
        for k in range(1, 6):
            for i in range(1, 6):
                for j in range(1, 6):
                    d[i][j] = min(d[i][j], d[i][k] + d[k][j])
        a_first, b_first = d[1][2] + d[2][3] + d[3][5], d[1][3] + d[3][2] + d[2][5]
        nearer = a_first if d[1][2] <= d[1][3] else b_first
        if min(a_first, b_first) < a_first and min(a_first, b_first) < nearer:
            break
    edges, (a, b) = relabel(5, base, (2, 3))
    return render(5, edges, a, b)


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
    edges, (a, b) = relabel(n, edges, rng.sample(range(2, n), 2))
    return render(n, edges, a, b)


def invalid(kind):
    base = ["4 4", "1 2 3", "2 3 4", "3 4 1", "1 3 2", "2 3"]
    if kind == "n_too_big":
        base[0] = f"{MAXN + 1} 4"
    elif kind == "n_one":
        return "1 0\n1 1\n"
    elif kind == "m_too_big":
        m = MAXM + 1
        return f"3 {m}\n" + "".join(f"{1 + i % 2} {2 + i % 2} 1\n" for i in range(m)) + "1 2\n"
    elif kind == "vertex_out_of_range":
        base[2] = "2 5 4"
    elif kind == "weight_too_big":
        base[3] = f"3 4 {MAXW + 1}"
    elif kind == "weight_zero":
        base[3] = "3 4 0"
    elif kind == "self_loop":
        base[2] = "3 3 4"
    elif kind == "stops_equal":
        base[5] = "3 3"
    elif kind == "stop_out_of_range":
        base[5] = "2 5"
    elif kind == "missing_stops":
        base.pop()
    elif kind == "double_space":
        base[1] = "1  2 3"
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(base) + "\n"


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand()
    else:
        n = rng.randint(4, 6)
        out = render(n, graph(n, rng.randint(n - 1, n + 3), 9, True), *random_stops(n))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = min(MAXM, rng.randint(max(0, n - 2), max(n - 1, int(opts["mcap"]))))
    out = render(n, graph(n, m, wcap(), rng.random() < 0.8), *random_stops(n))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "order_trap":
    out = order_trap(min(MAXN, int(opts["n"])))
elif mode == "chain":
    out = chain(opts.get("far") == "1")
elif mode == "big":
    out = render(MAXN, graph(MAXN, MAXM, wcap(), True), *random_stops(MAXN))
elif mode == "strip":
    out = strip()
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
