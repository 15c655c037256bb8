"""Test generator for the shortest-path tasks (testlib style): python gen.py SEED MODE [key=value ...] prints one
input.

Params: variant (single_pair | all_distances | nearest_source | free_edge), maxn, maxm, maxw, maxk, maxq.
Modes: sample kind=hand|random|detour; random lo= hi= mcap= [wcap=] [kcap=] [qcap=]; big [low_w=] [kmax=1];
chain; fixed name=...; bfs_trap k=; greedy_trap; detours n=; hub; gadgets count=; early_coupon scale=;
strip [hmax=] [giants=] (a grid a few rows high, against a queue-based Bellman-Ford); invalid kind=...
Sizes may name a bound (n=maxn).
"""
import heapq
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
MAXK, MAXQ = int(opts.get("maxk", "1")), int(opts.get("maxq", "1"))
rng = random.Random(seed)
DIRECTED = VARIANT == "all_distances"


def weight(lo, hi):
    return lo + int(rng.random() * (hi - lo + 1))


def graph(n, m, maxw, connected, root=None, low_w=1):
    """Random graph on 1..n: a random spanning tree (all of it when `connected`, else a random part) grown from
    `root` (oriented away from it when directed), then random extra edges up to m in all."""
    rnd = rng.random
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    if root is not None:
        i = perm.index(root)
        perm[0], perm[i] = perm[i], perm[0]
    tree = n - 1 if connected else int(rnd() * n)
    edges = []
    for i in range(1, min(n, tree + 1, m + 1)):
        j = int(rnd() * i)
        edges.append((perm[j], perm[i], weight(low_w, maxw)))
    while len(edges) < m and n >= 2:
        u, v = 1 + int(rnd() * n), 1 + int(rnd() * n)
        if u != v:
            edges.append((u, v, weight(low_w, maxw)))
    if not DIRECTED:
        edges = flipped(edges)
    rng.shuffle(edges)
    return edges


def relabel(n, edges, fixed=()):
    """Random vertex names (vertices in `fixed` keep theirs); returns the edges and the renaming."""
    others = [v for v in range(1, n + 1) if v not in fixed]
    shuffled = others[:]
    rng.shuffle(shuffled)
    name = list(range(n + 1))
    for a, b in zip(others, shuffled):
        name[a] = b
    out = [(name[u], name[v], w) for u, v, w in edges]
    rng.shuffle(out)
    return out, name


def flipped(edges):
    return [(v, u, w) if rng.random() < 0.5 else (u, v, w) for u, v, w in edges]


def render(n, edges, source=None, sources=None, targets=None):
    body = "".join(f"{u} {v} {w}\n" for u, v, w in edges)
    if VARIANT == "all_distances":
        return f"{n} {len(edges)} {source if source is not None else 1}\n" + body
    if VARIANT == "nearest_source":
        if sources is None:
            sources = rng.sample(range(1, n + 1), rng.randint(1, min(n, int(opts.get("kcap", "3")))))
        if targets is None:
            q = MAXQ if opts.get("q") == "maxq" else rng.randint(1, int(opts.get("qcap", "5")))
            targets = [rng.randint(1, n) for _ in range(q)]
        return (f"{n} {len(edges)} {len(sources)} {len(targets)}\n" + body + " ".join(map(str, sources)) + "\n"
                + " ".join(map(str, targets)) + "\n")
    return f"{n} {len(edges)}\n" + body


def random_case(n, m_cap, w_cap):
    if VARIANT in ("single_pair", "free_edge"):
        n = max(n, 2)
        m = rng.randint(max(0, n - 2), max(n - 1, m_cap))
        return render(n, graph(n, m, w_cap, connected=rng.random() < 0.85))
    if VARIANT == "all_distances":
        s = rng.randint(1, n)
        return render(n, graph(n, rng.randint(0, m_cap), w_cap, connected=rng.random() < 0.7, root=s), source=s)
    low = rng.choice([1, 1, max(1, w_cap // 2)])
    return render(n, graph(n, rng.randint(0, m_cap), w_cap, connected=rng.random() < 0.7, low_w=low))


def hand_sample():
    if VARIANT == "single_pair":
        # The route with the fewest edges (1-2-5, 11) is slower than 1-2-3-4-5 (7).
        edges, _ = relabel(5, [(1, 2, 2), (2, 5, 9), (1, 3, 4), (3, 4, 1), (4, 5, 3), (2, 3, 1)], fixed=(1, 5))
        return render(5, flipped(edges))
    if VARIANT == "all_distances":
        # Vertex 5's only edge leads from it to the source, so it cannot be reached.
        edges, name = relabel(5, [(1, 2, 2), (1, 3, 3), (2, 3, 4), (2, 4, 5), (3, 4, 6), (5, 1, 1)])
        return render(5, edges, source=name[1])
    if VARIANT == "nearest_source":
        # Two sources; the queries hit a vertex nearer to each of them, an isolated vertex (-1) and a source (0).
        edges, name = relabel(6, [(1, 2, 4), (2, 3, 1), (3, 4, 7), (4, 5, 2), (2, 5, 9)])
        sources = [name[1], name[4]]
        rng.shuffle(sources)
        return render(6, flipped(edges), sources=sources, targets=[name[x] for x in (3, 5, 6, 1)])
    # The shortest route 1-3-4-5 (15) is the wrong one for the free edge: 1-2-5 with its 20 free costs 4.
    edges, _ = relabel(5, [(1, 2, 4), (2, 5, 20), (1, 3, 6), (3, 4, 3), (4, 5, 6)], fixed=(1, 5))
    return render(5, flipped(edges))


def slips_differ(out):
    """Whether a tempting slip answers a drawn sample differently: for single_pair, walking greedily along the
    cheapest edge to an unvisited vertex (and arriving); for all_distances, fixing a distance when the vertex is first reached."""
    head, *rows = out.split("\n")
    n, directed = int(head.split()[0]), VARIANT == "all_distances"
    s = int(head.split()[2]) if directed else 1
    adj = [[] for _ in range(n + 1)]
    for row in filter(None, rows):
        u, v, w = map(int, row.split())
        adj[u].append((v, w))
        if not directed:
            adj[v].append((u, w))

    def dijkstra(first_reached):
        dist, heap = {s: 0}, [(0, s)]
        while heap:
            d, u = heapq.heappop(heap)
            if d > dist[u] and not first_reached:
                continue
            for v, w in adj[u]:
                if v not in dist or (not first_reached and d + w < dist[v]):
                    dist[v] = d + w
                    heapq.heappush(heap, (d + w, v))
        return dist

    if directed:
        return dijkstra(False) != dijkstra(True)
    cur, total, seen = 1, 0, {1}
    while cur != n:
        options = [(w, v) for v, w in adj[cur] if v not in seen]
        if not options:
            total = -1
            break
        w, cur = min(options)
        total += w
        seen.add(cur)
    return total != -1 and dijkstra(False)[n] != total  # the greedy walk arrives, at a higher cost


def random_sample():
    if VARIANT == "nearest_source":
        return random_case(rng.randint(4, 7), 8, 20)
    if VARIANT in ("single_pair", "all_distances"):
        while True:  # redrawn until the slip of the task (see slips_differ) gives another answer
            out = random_case(rng.randint(4, 6), 7 if VARIANT != "all_distances" else 8, 10)
            if slips_differ(out):
                return out
    if VARIANT == "free_edge":
        # An edge joining 1 and N makes the answer 0 (it is passed for free), which the detour sample already
        # shows; about half of the random draws had one, so the third sample answered 0 too. Redraw until none.
        while True:
            out = random_case(rng.randint(4, 6), 7, 30)
            lines = out.split("\n")
            n = int(lines[0].split()[0])
            if not any({int(x) for x in line.split()[:2]} == {1, n} for line in lines[1:] if line):
                return out
    return random_case(rng.randint(4, 6), 7 if VARIANT != "all_distances" else 8, 10 if VARIANT != "free_edge" else 30)


def fixed(name):
    W = MAXW
    if VARIANT in ("single_pair", "free_edge"):
        cases = {
            "no_edges": (2, []),
            "one_edge": (2, [(2, 1, 7)] if VARIANT == "single_pair" else [(1, 2, W)]),
            "parallel": (3, [(1, 2, 5), (1, 2, 2), (2, 3, 4), (3, 2, 1)]),
            "heavy_chain": (4, [(1, 2, W), (2, 3, W), (3, 4, W)]),
            "unreachable": (6, [(1, 2, 1), (2, 3, 1), (4, 5, 1), (5, 6, 1)]),
            "heavy_parallel": (3, [(1, 2, W), (2, 3, W), (1, 2, 1)]),
        }
        n, edges = cases[name]
        return render(n, edges)
    if VARIANT == "all_distances":
        cases = {
            "single": (1, 1, []),
            "no_edges": (3, 2, []),
            "backwards": (2, 2, [(1, 2, 3)]),  # the only edge points away from the source's reach
            "parallel": (3, 1, [(1, 2, 5), (1, 2, 1), (2, 3, W), (1, 3, W)]),
        }
        n, s, edges = cases[name]
        return render(n, edges, source=s)
    cases = {
        "single": (1, [], [1], [1]),
        "exact_max": (2, [(1, 2, W)], [1], [2, 1]),  # a distance of exactly maxw
        "over_32_bits": (3, [(1, 2, W), (2, 3, W)], [1], [3]),
        "all_sources": (4, [(1, 2, 3), (3, 4, 5)], [1, 2, 3, 4], [4, 2]),
        "parallel_unreachable": (5, [(1, 2, 1), (1, 2, 5)], [2], [1, 3]),
    }
    n, edges, sources, targets = cases[name]
    return render(n, edges, sources=sources, targets=targets)


def bfs_trap(k):
    # 1 - N directly costs a lot; a chain of k cheap edges is shorter.
    n = k + 1
    edges = [(1, n, min(MAXW, 3 * k + 5))] + [(i, i + 1, rng.randint(1, 3)) for i in range(1, n)]
    return render(n, relabel(n, edges, fixed=(1, n))[0])


def detours(n):
    # Gadgets s -> v (heavy) and s -> a -> v (light): fixing v when it is first reached is wrong.
    edges = []
    v = 2
    while v + 1 <= n:
        edges += [(1, v, MAXW), (1, v + 1, 1), (v + 1, v, rng.randint(1, MAXW - 2))]
        v += 2
    edges, name = relabel(n, edges)
    return render(n, edges, source=name[1])


def hub():
    # Vertex 1 is the only source; vertices 2..k+1 are reached in order and each improves the hub, which therefore
    # sits in the heap k times; the hub has d more neighbours. Without the stale-entry check every stale entry
    # rescans them all: about k * (k + d) steps.
    k = MAXM // 4
    d = MAXM - 2 * k
    hub_v = k + 2
    edges = [(1, 1 + i, i) for i in range(1, k + 1)]
    edges += [(1 + i, hub_v, 3 * k - 2 * i) for i in range(1, k + 1)]
    edges += [(hub_v, hub_v + j, rng.randint(1, MAXW)) for j in range(1, d + 1)]
    n = hub_v + d
    edges, name = relabel(n, edges)
    return render(n, edges, sources=[name[1]], targets=[rng.randint(1, n) for _ in range(MAXQ)])


def gadgets(count):
    # A chain of gadgets, each a cheap pair of edges next to one expensive direct edge.
    n = 2 * count + 1
    edges = []
    for g in range(count):
        a, mid, b = 2 * g + 1, 2 * g + 2, 2 * g + 3
        edges += [(a, mid, rng.randint(1, 1000)), (mid, b, rng.randint(1, 1000)), (a, b, rng.randint(1000, MAXW))]
    return render(n, relabel(n, edges, fixed=(1, n))[0])


def chain():
    n = MAXN
    if VARIANT == "all_distances":
        edges = [(i, i + 1, rng.randint(1, MAXW)) for i in range(1, n)]
        edges += [(rng.randint(1, n), rng.randint(1, n), MAXW) for _ in range(MAXM - len(edges))]
        edges, name = relabel(n, [(u, v, w) for u, v, w in edges if u != v])
        return render(n, edges, source=name[1])
    if VARIANT == "nearest_source":
        edges, name = relabel(n, [(i, i + 1, rng.randint(MAXW // 2, MAXW)) for i in range(1, n)])
        return render(n, edges, sources=[name[1]], targets=[rng.randint(1, n) for _ in range(MAXQ)])
    return render(n, relabel(n, [(i, i + 1, rng.randint(1, MAXW)) for i in range(1, n)], fixed=(1, n))[0])


def big():
    low = int(opts.get("low_w", "1"))
    if VARIANT == "all_distances":
        return render(MAXN, graph(MAXN, MAXM, MAXW, connected=True, root=1), source=1)
    if VARIANT == "nearest_source":
        return render(MAXN, graph(MAXN, MAXM, MAXW, connected=True), sources=rng.sample(range(1, MAXN + 1), MAXK),
                      targets=[rng.randint(1, MAXN) for _ in range(MAXQ)])
    return render(MAXN, graph(MAXN, MAXM, MAXW, connected=True, low_w=low))


def strip():
    # A grid 4-6 rows high from corner 1 to the far corner, links along the rows of random weight 1..hmax (default
    # maxw) and links across them of weight 1: a queue-based Bellman-Ford (SPFA) improves the same vertices again and
    # again as better values creep along the strip (10^7 relaxations and more), while Dijkstra settles each vertex
    # once. Directed graphs get every link both ways. giants=K hangs K extra vertices off random cells by links of
    # weight maxw, far above the strip's distances: the SLF and LLL queue heuristics (a smaller distance goes to the
    # front, one above the queue's average to the back) then stop rescuing SPFA, as the giants sit in its queue.
    giants = int(opts.get("giants", "0"))
    hmax = int(opts.get("hmax", str(MAXW)))
    rows = rng.randint(4, 6)
    per = 2 if DIRECTED else 1
    cols = min((MAXN - giants) // rows, ((MAXM - giants) // per + rows) // (2 * rows - 1))
    cells = rows * cols
    n = cells + giants
    cell = [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]
    cell[-1][-1] = n  # the far corner is vertex n; the giants take cells + 1 .. n - 1 and cells
    edges = [(cell[r][c], cell[r][c + 1], weight(1, hmax)) for r in range(rows) for c in range(cols - 1)]
    edges += [(cell[r][c], cell[r + 1][c], 1) for r in range(rows - 1) for c in range(cols)]
    edges = edges + [(v, u, w) for u, v, w in edges] if DIRECTED else flipped(edges)
    spots = [v for row in cell for v in row]
    edges += [(rng.choice(spots), g, MAXW) for g in [cells] * (giants > 0) + list(range(cells + 1, n))]
    edges, name = relabel(n, edges, fixed=(1, n))
    if VARIANT == "all_distances":
        return render(n, edges, source=name[1])
    if VARIANT == "nearest_source":
        return render(n, edges, sources=[name[1]], targets=[rng.randint(1, n) for _ in range(MAXQ)])
    return render(n, edges)


def invalid(kind):
    s = hand_sample()
    lines = s.split("\n")
    head = lines[0].split()
    n, m = int(head[0]), int(head[1])
    u, v, w = lines[1].split()
    rest = "\n".join(lines[2:])
    if kind == "n_too_big":
        head[0] = str(MAXN + 1)
        return " ".join(head) + "\n" + "\n".join(lines[1:])
    if kind == "m_too_big":
        extra = "".join(f"{1 + i % (n - 1)} {2 + i % (n - 1)} 1\n" for i in range(MAXM + 1 - m))
        head[1] = str(MAXM + 1)
        body = "\n".join(lines[1:1 + m]) + "\n" + extra
        return " ".join(head) + "\n" + body + "\n".join(lines[1 + m:])
    if kind == "vertex_out_of_range":
        return lines[0] + f"\n{u} {n + 1} {w}\n" + rest
    if kind == "weight_too_big":
        return lines[0] + f"\n{u} {v} {MAXW + 1}\n" + rest
    if kind == "weight_zero":
        return lines[0] + f"\n{u} {v} 0\n" + rest
    if kind == "self_loop":
        return lines[0] + f"\n{u} {u} {w}\n" + rest
    if kind == "missing_weight":
        return lines[0] + f"\n{u} {v}\n" + rest
    if kind == "double_space":
        return lines[0] + f"\n{u}  {v} {w}\n" + rest
    if kind == "n_one":
        return "1 0\n"
    if kind == "source_out_of_range":
        return "5 0 6\n"
    if kind == "n_zero":
        return "0 0 1\n"
    if kind == "repeated_source":
        return "3 1 2 1\n1 2 5\n1 1\n3\n"
    if kind == "source_vertex_out_of_range":
        return "3 1 2 1\n1 2 5\n1 4\n3\n"
    if kind == "query_out_of_range":
        return "3 1 1 2\n1 2 5\n1\n3 0\n"
    if kind == "query_missing":
        return "3 1 1 3\n1 2 5\n1\n3 2\n"
    if kind == "q_too_big":
        return f"2 0 1 {MAXQ + 1}\n1\n" + " ".join(["2"] * (MAXQ + 1)) + "\n"
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    kind = opts.get("kind")
    if kind == "hand":
        out = hand_sample()
    elif kind == "detour":
        # Shortest path 1-a-N costs 20; the direct edge costs 1000 but is free with the pass: answer 0.
        out = render(3, flipped(relabel(3, [(1, 2, 10), (2, 3, 10), (1, 3, 1000)], fixed=(1, 3))[0]))
    else:
        out = random_sample()
elif mode == "random":
    wcap = opts.get("wcap", "maxw")
    wcap = MAXW if wcap == "maxw" else rng.choice([10, MAXW]) if wcap == "mixed" else int(wcap)
    out = random_case(rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"]))), int(opts["mcap"]), wcap)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "bfs_trap":
    out = bfs_trap(min(MAXN - 1, int(opts["k"])))
elif mode == "greedy_trap":
    out = render(6, [(1, 2, 1), (2, 3, 1), (3, 4, 1), (1, 5, 5), (5, 6, 5)])  # the cheapest first step dead-ends
elif mode == "detours":
    out = detours(int(opts["n"]))
elif mode == "hub":
    out = hub()
elif mode == "gadgets":
    out = gadgets(int(opts["count"]))
elif mode == "early_coupon":
    # The free edge on 1-X reaches X at cost 0, but X-N is huge: the free edge belongs on X-N.
    scale = int(opts["scale"])
    edges = [(1, 2, 50 * scale), (2, 4, 1000 * scale), (1, 3, 30 * scale), (3, 2, 30 * scale)]
    out = render(4, relabel(4, edges, fixed=(1, 4))[0])
elif mode == "chain":
    out = chain()
elif mode == "big":
    out = big()
elif mode == "strip":
    out = strip()
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
