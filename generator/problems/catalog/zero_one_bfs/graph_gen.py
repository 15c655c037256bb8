"""Test generator for the graph tasks of 0-1 BFS (testlib style): python graph_gen.py SEED MODE [key=value ...].

Params: variant = weighted (undirected edges `u v w`, w in {0, 1}) | reverse (directed edges `u v`: using an edge
backwards costs 1), maxn, maxm. Modes: sample kind=hand|hand2; random lo= hi= [dens=]; shape kind=... n= [m=]
[order=reverse] [noise=local]; fixed name=...; invalid kind=... (n=maxn, m=maxm name the bounds)."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
VARIANT = opts["variant"]
WEIGHTED = VARIANT == "weighted"
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def bit():
    return rng.randint(0, 1)


def render(n, edges, shuffle=True, keep_order=False):
    """edges: (u, v, w) on 1..n; w is the 0/1 weight (weighted) or ignored (reverse: u -> v). Vertices 1 and n stay
    where they are, the others are relabelled; self-loops and repeated pairs are dropped."""
    name = list(range(n + 1))
    if shuffle and n > 2:
        mid = list(range(2, n))
        rng.shuffle(mid)
        name = [0, 1] + mid + [n]
    seen, rows = set(), []
    for u, v, w in edges:
        a, b = name[u], name[v]
        key = (min(a, b), max(a, b)) if WEIGHTED else (a, b)
        if a == b or key in seen or len(rows) >= MAXM:
            continue
        seen.add(key)
        if WEIGHTED:
            if rng.random() < 0.5:
                a, b = b, a
            rows.append(f"{a} {b} {w}")
        else:
            rows.append(f"{a} {b}")
    if shuffle and not keep_order:
        rng.shuffle(rows)
    return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)


def oriented(u, v, cost):
    """An edge that costs `cost` when travelled from u to v: weighted (u, v, cost), reverse: oriented by cost."""
    if WEIGHTED:
        return (u, v, cost)
    return (u, v, 0) if cost == 0 else (v, u, 0)


def shape(kind, n, m):
    if kind == "random":
        return [oriented(rng.randint(1, n), rng.randint(1, n), bit()) for _ in range(m)]
    if kind == "path":  # one route 1 - 2 - ... - n, costs at random, plus noise edges
        edges = [oriented(i, i + 1, bit()) for i in range(1, n)]
        if opts.get("noise") == "local":  # noise that never jumps ahead by more than 3: the route stays ~n/3 long
            far = [rng.randint(1, n - 1) for _ in range(max(0, m - len(edges)))]
            return edges + [oriented(u, min(n, u + rng.randint(2, 3)), 1) for u in far]
        return edges + [oriented(rng.randint(1, n), rng.randint(1, n), 1) for _ in range(max(0, m - len(edges)))]
    if kind == "trap":  # a short route of costly edges and a long free one: fewest edges is not cheapest
        edges, chain = [], list(range(1, n + 1))
        short = max(1, n // 50)
        for i in range(0, n - 1, short):  # shortcuts that each cost 1 and jump ahead
            edges.append(oriented(chain[i], chain[min(n - 1, i + short)], 1))
        edges += [oriented(i, i + 1, 0 if rng.random() < 0.97 else 1) for i in range(1, n)]
        return edges + [oriented(rng.randint(1, n), rng.randint(1, n), 1) for _ in range(max(0, m - len(edges)))]
    if kind == "layers":  # layers of vertices, 0/1 edges between consecutive layers and inside them
        width = max(1, int(n ** 0.5))
        edges = []
        for v in range(2, n + 1):
            edges.append(oriented(rng.randint(max(1, v - width), v - 1), v, bit()))
        while len(edges) < m:
            u = rng.randint(1, n)
            edges.append(oriented(u, min(n, u + rng.randint(1, 2 * width)), bit()))
        return edges
    if kind == "split":  # vertices 1 and n in different parts: -1
        half = max(1, n // 2)
        edges = [oriented(rng.randint(1, half), rng.randint(1, half), bit()) for _ in range(m // 2)]
        return edges + [oriented(rng.randint(half + 1, n), rng.randint(half + 1, n), bit()) for _ in range(m // 2)]
    raise SystemExit(f"unknown shape {kind}")


HAND_WEIGHTED = {
    # the cheap way to 6 is 1-3-4-5-6 (cost 1) although 1-2-6 has fewer edges (cost 2)
    "hand": (6, [(1, 2, 1), (2, 6, 1), (1, 3, 0), (3, 4, 1), (4, 5, 0), (5, 6, 0), (2, 4, 0)]),
    "hand2": (5, [(1, 2, 0), (2, 3, 1), (1, 3, 1), (3, 5, 0), (2, 4, 1), (4, 5, 1)]),
}
HAND_REVERSE = {
    # every route from 1 to 6 needs one edge turned around (6 -> 4 or 6 -> 5)
    "hand": (6, [(1, 2, 0), (2, 3, 0), (3, 4, 0), (6, 4, 0), (1, 5, 0), (6, 5, 0)]),
    # 1 - 2 - 5 has the fewest edges but needs both turned (cost 2); 1 - 2 - 3 - 4 - 5 needs only 2 -> 1 (cost 1)
    "hand2": (5, [(2, 1, 0), (2, 3, 0), (3, 4, 0), (4, 5, 0), (5, 2, 0)]),
}


def hand(kind):
    n, edges = (HAND_WEIGHTED if WEIGHTED else HAND_REVERSE)[kind]
    return render(n, edges)


def fixed(name):
    if name == "single":
        return "1 0\n"
    if name == "two_none":
        return "2 0\n"
    if name == "two_zero":
        return "2 1\n1 2 0\n" if WEIGHTED else "2 1\n1 2\n"
    if name == "two_one":
        return "2 1\n2 1 1\n" if WEIGHTED else "2 1\n2 1\n"
    if name == "all_zero":
        return render(8, [oriented(i, i + 1, 0) for i in range(1, 8)] + [oriented(1, 8, 0)])
    if name == "all_one":
        return render(8, [oriented(i, i + 1, 1) for i in range(1, 8)] + [oriented(3, 6, 1)])
    if name == "unreachable":
        return render(6, [oriented(1, 2, 0), oriented(2, 3, 1), oriented(4, 5, 0), oriented(5, 6, 1)])
    raise SystemExit(f"unknown fixed case {name}")


def invalid(kind):
    w = " 1" if WEIGHTED else ""
    base = [f"1 2{w}", f"2 3{w}", f"3 4{w}"]

    def text(n, rows, m=None):
        return f"{n} {len(rows) if m is None else m}\n" + "".join(r + "\n" for r in rows)

    if kind == "n_too_big":
        return text(MAXN + 1, base)
    if kind == "n_zero":
        return "0 0\n"
    if kind == "m_too_big":
        n = 2000
        rows, seen = [], set()
        while len(rows) < MAXM + 1:
            u, v = rng.randint(1, n), rng.randint(1, n)
            if u < v and (u, v) not in seen:
                seen.add((u, v))
                rows.append(f"{u} {v}{w}")
        return text(n, rows)
    if kind == "self_loop":
        return text(4, base + [f"4 4{w}"])
    if kind == "duplicate_edge":
        return text(4, base + ([f"2 1{w}"] if WEIGHTED else ["1 2"]))
    if kind == "vertex_out_of_range":
        return text(4, base + [f"4 5{w}"])
    if kind == "vertex_zero":
        return text(4, base + [f"0 4{w}"])
    if kind == "too_few_edges":
        return text(4, base, m=4)
    if kind == "double_space":
        return text(4, [base[0], base[1].replace(" ", "  ", 1), base[2]])
    if kind == "leading_zero":
        return text(4, [base[0], "02" + base[1][1:], base[2]])
    if kind == "weight_two":
        return text(4, ["1 2 1", "2 3 2", "3 4 0"])
    if kind == "missing_weight":
        return text(4, ["1 2 1", "2 3", "3 4 0"])
    if kind == "extra_token":
        return text(4, ["1 2 1", "2 3 1", "3 4"])
    raise SystemExit(f"unknown invalid kind {kind}")


if mode == "sample":
    out = hand(opts.get("kind", "hand"))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    kind = rng.choice(["random", "random", "path", "layers", "trap", "split"] if n >= 4 else ["random", "path"])
    m = rng.randint(0, min(MAXM, int(float(opts.get("dens", "1.5")) * n) + 1))
    out = render(n, shape(kind, n, m))
elif mode == "shape":
    n = num("n")
    m = num("m", "0")
    edges = shape(opts["kind"], n, m)
    if opts.get("order") == "reverse":  # the route's edges listed from the far end: edge sweeps advance slowly
        chain = edges[:n - 1][::-1]
        out = render(n, chain + edges[n - 1:], shuffle=False)
    else:
        out = render(n, edges)
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
