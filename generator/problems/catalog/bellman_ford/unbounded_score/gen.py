"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Params: maxn, maxm, maxw. Modes: sample kind=finite|unreached|infinite, random lo= hi= [cycle=] [cap=], fixed name=,
max cycle= [order=chain], trap [k=], long_ring,
invalid kind=.
Input: N M, then M one-way edges `u v x` (u != v, |x| <= maxw); vertex N can be reached from vertex 1.
Vertices fall in three groups: MAIN (1, N and a path between them), DEAD (reached from MAIN, never leading
back) and SOURCE (leading into MAIN, never reached). Gains come from potentials (x <= p[v] - p[u]), so there is no
positive cycle unless one is planted: cycle=none|main|dead|source."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM, MAXW = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxw"])
rng = random.Random(seed)


def text(n, edges):
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {x}\n" for u, v, x in edges)


def graph(n, m, cap, cycle="none", chain=False):
    half = max(1, cap // 2)
    p = [0] + [rng.randint(-half, half) for _ in range(n)]

    def edge(u, v):
        high = p[v] - p[u]  # within [-cap, cap]
        return (u, v, high - rng.randint(0, min(cap // 3 + 1, high + cap)))

    inner = rng.sample(range(2, n), n - 2)
    want_dead = 3 if cycle == "dead" else 0
    want_src = 3 if cycle == "source" else 0
    n_dead = min(len(inner), max(want_dead, rng.randint(0, len(inner) // 4)))
    n_src = min(len(inner) - n_dead, max(want_src, rng.randint(0, len(inner) // 4)))
    dead, src, mid = inner[:n_dead], inner[n_dead:n_dead + n_src], inner[n_dead + n_src:]
    group = {1: "M", n: "M"}
    group.update({v: "D" for v in dead})
    group.update({v: "S" for v in src})
    group.update({v: "M" for v in mid})
    allowed = {("M", "M"), ("M", "D"), ("D", "D"), ("S", "S"), ("S", "M")}
    path = [1] + mid + [n]
    edges = [edge(path[i], path[i + 1]) for i in range(len(path) - 1)]
    if chain:
        edges.reverse()  # relaxed in this order, each pass moves only one step along the path
    for i, v in enumerate(dead):  # every DEAD vertex reached from MAIN or an earlier DEAD vertex
        edges.append(edge(rng.choice(path[:-1] + dead[:i]), v))
    for i, v in enumerate(src):  # every SOURCE vertex leads into MAIN or a later SOURCE vertex
        edges.append(edge(v, rng.choice(path[1:] + src[i + 1:])))
    tries = 0
    while len(edges) < m and tries < 50 * m:
        tries += 1
        u, v = rng.sample(range(1, n + 1), 2)
        if (group[u], group[v]) in allowed:
            edges.append(edge(u, v))
    ring = {"main": rng.sample(path, min(3, len(path))), "dead": dead[:3], "source": src[:3]}.get(cycle, [])
    if len(ring) >= 2:
        for i in range(len(ring)):
            edges.append((ring[i], ring[(i + 1) % len(ring)], cap if i == 0 else -rng.randint(0, cap // 4)))
    if not chain:
        rng.shuffle(edges)
    return edges


if mode == "sample":
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 5)
    if opts["kind"] == "finite":
        # A detour beats the direct edge; a gaining cycle that cannot lead to the goal does not count.
        n = 5
        q = [1] + rng.sample(range(2, n), n - 2) + [n]
        edges = [(1, q[1], a), (q[1], n, b), (1, n, a + b - c), (q[1], q[2], -c), (q[2], q[3], c + 1),
                 (q[3], q[2], -c)]
    elif opts["kind"] == "unreached":
        # q[1] -> q[2] -> q[1] gains in total and leads to the goal, but 1 cannot reach it: it does not count.
        n = 4
        q = [1] + rng.sample(range(2, n), n - 2) + [n]
        edges = [(1, n, a - b), (q[1], q[2], b), (q[2], q[1], 1 - b), (q[2], n, -c)]
    else:
        # q[1] -> q[2] -> q[1] gains in total and the goal can be reached from it.
        n = rng.randint(4, 5)
        q = [1] + rng.sample(range(2, n), n - 2) + [n]
        edges = [(1, q[1], -a), (q[1], q[2], b), (q[2], q[1], 1 - b), (q[2], n, -c), (1, n, a)]
    rng.shuffle(edges)
    out = text(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    cap = min(MAXW, int(opts.get("cap") or rng.choice([5, 100, MAXW])))
    cycle = opts.get("cycle") or rng.choice(["none", "main", "dead", "source"])
    out = text(n, graph(n, rng.randint(n - 1, min(MAXM, 2 * n)), cap, cycle))
elif mode == "fixed":
    name = opts["name"]
    W = MAXW
    out = {"two": text(2, [(1, 2, -W)]), "two_back_cycle": text(2, [(1, 2, 5), (2, 1, -4)]),
           "zero_cycle": text(3, [(1, 2, 3), (2, 1, -3), (2, 3, -1)]),
           "dead_cycle": text(4, [(1, 4, -W), (1, 2, 0), (2, 3, W), (3, 2, -1)]),
           "source_cycle": text(4, [(1, 4, 7), (2, 3, W), (3, 2, -1), (3, 4, W)]),
           "cycle_at_goal": text(3, [(1, 3, -W), (3, 2, 2), (2, 3, -1)]),
           "parallel": text(3, [(1, 2, -5), (1, 2, 4), (2, 3, W), (1, 3, W)]),
           "long": text(4, [(1, 2, W), (2, 3, W), (3, 4, W), (1, 4, 1)]),
           # The only edge that still improves is 2 -> 1, where best[2] = 1 equals both the gain and the vertex:
           # a reached test written as best[u] != x or best[u] != v skips it.
           "tied_cycle": text(2, [(2, 1, 1), (1, 2, 1)])}[name]
elif mode == "max":
    cycle = opts.get("cycle", "none")
    out = text(MAXN, graph(MAXN, MAXM - 3, MAXW, cycle, opts.get("order") == "chain"))
elif mode == "trap":
    # A cycle that gains 1 per round sits behind a long run of heavy losses, and a direct edge 1 -> N gains the
    # most: the answer is INFINITE, though N's value does not move for a very long time.
    n, k = MAXN, int(opts.get("k", "200"))
    order = [1] + rng.sample(range(2, n), n - 2) + [n]
    before, ring_b, after = order[1:k + 1], order[k + 1], order[k + 2:-1]
    run = [1] + before
    edges = [(run[i], run[i + 1], -MAXW) for i in range(len(run) - 1)]
    edges += [(run[-1], ring_b, MAXW), (ring_b, run[-1], 1 - MAXW)]
    tail = [run[-1]] + after + [n]
    edges += [(tail[i], tail[i + 1], -MAXW) for i in range(len(tail) - 1)]
    edges.reverse()
    edges.append((1, n, MAXW))
    out = text(n, edges)
elif mode == "long_ring":
    # A gaining cycle through most vertices leads to N only through a run of heavy losses, and a direct edge 1 -> N
    # gains the most: the answer is INFINITE. Edges come in reverse order, so a pass moves a gain one step: after
    # pass N - 1 the gains go round the ring as one wave, and a mark of 'unbounded' spread for a few more passes
    # from the vertices that still improve stays far from N.
    n = MAXN
    order = rng.sample(range(2, n), n - 2)
    size = rng.randint(n // 2, 2 * n // 3)
    ring, tail = order[:size], order[size:]
    edges = [(1, ring[0], -rng.randint(0, MAXW))]
    edges += [(ring[i], ring[(i + 1) % size], MAXW if i == 0 else -rng.randint(0, MAXW // size)) for i in range(size)]
    run = [rng.choice(ring)] + tail + [n]
    edges += [(run[i], run[i + 1], -rng.randint(MAXW // 2, MAXW)) for i in range(len(run) - 1)]
    edges.reverse()
    edges.append((1, n, MAXW))
    out = text(n, edges)
elif mode == "invalid":
    kind = opts["kind"]
    out = {"n_too_big": text(MAXN + 1, [(1, MAXN + 1, 1)]), "n_one": "1 0\n",
           "no_route": text(3, [(1, 2, 1), (3, 2, 1)]), "x_too_big": text(2, [(1, 2, MAXW + 1)]),
           "x_too_small": text(2, [(1, 2, -MAXW - 1)]), "self_loop": text(2, [(1, 2, 1), (2, 2, 1)]),
           "vertex_out": text(2, [(1, 2, 1), (1, 3, 1)]), "minus_zero": "2 1\n1 2 -0\n",
           "missing_line": "3 3\n1 2 1\n2 3 1\n", "too_many": text(2, [(1, 2, 1)] * (MAXM + 1))}[kind]
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
