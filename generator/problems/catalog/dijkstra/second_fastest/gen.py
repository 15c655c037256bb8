"""Test generator for dijkstra.second_fastest (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw.

Modes: sample kind=hand|random; random lo= hi= mcap= [wcap=]; fixed name=...; gadgets count= [wcap=] (every vertex
is first reached by a heavy edge and improved later, so its old time drops to the second label); ties k= (a ladder
of equal-cost detours: many routes tie for the fastest time); lattice rows= cols= [wmax=] [giants=]; chain [heavy=1];
big [wcap=]; invalid kind=..."""
import heapq
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
    # A ladder: three routes of equal cost between consecutive rungs (one through a middle vertex, two parallel
    # direct roads), so 3^k fastest routes.
    n = 2 * k + 1
    edges = []
    for g in range(k):
        a, mid, b = 2 * g + 1, 2 * g + 2, 2 * g + 3
        w = rng.randint(1, 5)
        edges += [(a, mid, w), (mid, b, w), (a, b, 2 * w), (a, b, 2 * w)]
    return render(n, relabel(n, edges))


def lattice(rows, cols, wmax, giants=0):
    # A rows x cols mesh of equal (or nearly equal) roads from corner 1 to corner N: binomially many fastest routes.
    n = rows * cols
    edges = []
    for i in range(rows):
        for j in range(cols):
            if j + 1 < cols:
                edges.append((i * cols + j + 1, i * cols + j + 2, rng.randint(1, wmax)))
            if i + 1 < rows:
                edges.append((i * cols + j + 1, (i + 1) * cols + j + 1, rng.randint(1, wmax)))
    # giants=K hangs K extra vertices off random vertices by roads of weight maxw, far above the mesh's times (with
    # wmax well below maxw): they sit in a queue-based Bellman-Ford's queue and stop the SLF and LLL heuristics (a
    # smaller time goes to the front, one above the queue's average to the back) from rescuing it.
    for g in range(n + 1, n + giants + 1):
        edges.append((rng.randint(1, n), g, MAXW))
    if giants:  # the far corner becomes the last vertex
        last = n + giants
        edges = [(last if u == n else u, last if v == n else v, w) for u, v, w in edges]
        edges[-1] = (edges[-1][0], n, MAXW)
        n = last
    return render(n, relabel(n, edges))


def fixed(name):
    W = MAXW
    cases = {
        "no_edges": (2, []),
        "one_edge": (2, [(1, 2, 7)]),
        "parallel_equal": (2, [(1, 2, 5), (2, 1, 5)]),
        "parallel_different": (2, [(1, 2, 5), (1, 2, 8), (1, 2, 30)]),
        "two_equal_routes": (4, [(1, 2, 1), (2, 4, 1), (1, 3, 1), (3, 4, 1)]),
        "classic": (4, [(1, 2, 100), (2, 4, 200), (2, 3, 250), (3, 4, 100)]),
        "unreachable": (6, [(1, 2, 1), (2, 3, 1), (4, 5, 1), (5, 6, 1)]),
        "between_labels": (4, [(1, 2, 1), (1, 3, 2), (2, 3, 2), (3, 4, 1), (2, 4, 5)]),
        "bounce_beats_detour": (3, [(1, 2, 1), (2, 3, 10), (1, 3, 100)]),
        "heavy_chain": (4, [(1, 2, W), (2, 3, W), (3, 4, W)]),
        "pass_through_end": (3, [(1, 3, 4), (3, 2, 1), (1, 2, 9)]),
    }
    n, edges = cases[name]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)


def hand():
    # Routes 1-2-4-5 (6) and 1-3-4-5 (5 or 6 by seed) compete: with a tie the answer is not 6 but a detour or a bounce.
    edges = [(1, 2, 2), (2, 4, 3), (4, 5, 1), (1, 3, rng.randint(3, 4)), (3, 4, 1), (2, 3, 4), (3, 5, 9)]
    return render(5, relabel(5, edges))


def chain(heavy=False):
    # One long path through every vertex (N passes of relaxation for Bellman-Ford) plus slower side roads.
    n = MAXN
    order = [1] + rng.sample(range(2, n), n - 2) + [n]
    if heavy:  # every edge near MAXW, side roads a slower copy of one edge: the times grow to ~(N - 1) * MAXW, past
        # 10**9 at full size, where too small an "infinity" leaves N unreached
        edges = [(order[i], order[i + 1], max(1, MAXW - rng.randint(1, 9))) for i in range(n - 1)]
        while len(edges) < MAXM:
            i = rng.randrange(n - 1)
            edges.append((order[i], order[i + 1], MAXW))
        return render(n, edges)
    edges = [(order[i], order[i + 1], rng.randint(1, 10)) for i in range(n - 1)]
    while len(edges) < MAXM:
        i = rng.randrange(n - 2)
        edges.append((order[i], order[i + 2], 25 + rng.randint(0, 10)))
    return render(n, edges)


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


def fastest_ties(text):
    """How many routes from 1 to N take the fastest time (Dijkstra with path counts; 0 if N is unreachable)."""
    data = list(map(int, text.split()))
    n, m = data[0], data[1]
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = data[2 + 3 * i: 5 + 3 * i]
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist, ways, heap = [None] * (n + 1), [0] * (n + 1), [(0, 1)]
    dist[1], ways[1] = 0, 1
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in adj[u]:
            if dist[v] is None or d + w < dist[v]:
                dist[v], ways[v] = d + w, ways[u]
                heapq.heappush(heap, (d + w, v))
            elif d + w == dist[v]:
                ways[v] += ways[u]
    return ways[n]


if mode == "sample" and opts.get("kind") == "hand":
    out = hand()
elif mode == "sample":  # two routes tie for the fastest time: the second fastest is slower than both
    out = random_case(rng.randint(4, 6), 8, 6)
    while fastest_ties(out) < 2:
        out = random_case(rng.randint(4, 6), 8, 6)
elif mode == "random":
    out = random_case(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))), int(opts["mcap"]), wcap())
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "gadgets":
    out = gadgets(min((MAXN - 1) // 2, (MAXM // 3), int(opts["count"])), wcap())
elif mode == "ties":
    out = ties(min((MAXN - 1) // 2, MAXM // 4, int(opts["k"])))
elif mode == "chain":
    out = chain(opts.get("heavy") == "1")
elif mode == "lattice":
    rows = int(opts["rows"])
    giants = int(opts.get("giants", "0"))
    out = lattice(rows, min((MAXN - giants) // rows, int(opts["cols"])), int(opts.get("wmax", 1)), giants)
elif mode == "big":
    out = render(MAXN, graph(MAXN, MAXM, wcap(), connected=True))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
