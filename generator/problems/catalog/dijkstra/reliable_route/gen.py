"""Test generator for dijkstra.reliable_route (testlib style): python gen.py SEED MODE [key=value ...] prints one
input. Params: maxn, maxm.

Every link carries a percentage p (1..100). Modes: sample kind=hand|random; random lo= hi= mcap= [plow=];
fixed name=...; late_better count= (N is first reached over a weak link, a stronger route is found later);
additive_trap (fewest lost percent is not the most reliable route); chain; big [plow=]; strip [rows=a-b]
[giants=] (a grid a few rows high, against a queue-based Bellman-Ford); invalid kind=..."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def percent():
    return rng.randint(int(opts.get("plow", "60")), 100)


def render(n, edges):
    edges = [(v, u, p) if rng.random() < 0.5 else (u, v, p) for u, v, p in edges]
    rng.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {p}\n" for u, v, p in edges)


def relabel(n, edges):
    inner = list(range(2, n))
    shuffled = inner[:]
    rng.shuffle(shuffled)
    name = list(range(n + 1))
    for a, b in zip(inner, shuffled):
        name[a] = b
    return [(name[u], name[v], p) for u, v, p in edges]


def graph(n, m, connected):
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    tree = n - 1 if connected else rng.randrange(n)
    edges = [(perm[rng.randrange(i)], perm[i], percent()) for i in range(1, min(n, tree + 1, m + 1))]
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            edges.append((u, v, percent()))
    return edges


def fixed(name):
    cases = {
        "no_edges": (2, []),
        "one_edge": (2, [(1, 2, 37)]),
        "sure_link": (2, [(1, 2, 100)]),
        "weakest": (2, [(1, 2, 1)]),
        "parallel": (3, [(1, 2, 50), (1, 2, 90), (2, 3, 80), (3, 2, 70)]),
        "unreachable": (6, [(1, 2, 90), (2, 3, 90), (4, 5, 90), (5, 6, 90)]),
        "long_beats_short": (4, [(1, 4, 50), (1, 2, 90), (2, 3, 90), (3, 4, 90)]),
        "thirds": (3, [(1, 2, 33), (2, 3, 33), (1, 3, 10)]),
    }
    n, edges = cases[name]
    return f"{n} {len(edges)}\n" + "".join(f"{u} {v} {p}\n" for u, v, p in edges)


def late_better(count):
    # N hangs off vertex 1 by a weak link and off the end of a strong chain: it is reached first over the weak
    # link, the chain's better value arrives later.
    n = count + 2
    edges = [(1, n, rng.randint(30, 60))]
    chain = [1] + list(range(2, n))
    edges += [(a, b, rng.randint(97, 100)) for a, b in zip(chain, chain[1:])]
    edges.append((chain[-1], n, rng.randint(97, 100)))
    return render(n, relabel(n, edges))


def additive_trap():
    # Fewest lost percent: 1-N directly loses 40 (60 %); 1-a-b-N loses 15+15+15 = 45 but keeps 0.85^3 = 61.4 %.
    edges = [(1, 4, 60), (1, 2, 85), (2, 3, 85), (3, 4, 85)]
    return render(4, relabel(4, edges))


def chain():
    n = MAXN
    order = [1] + rng.sample(range(2, n), n - 2) + [n]
    edges = [(order[i], order[i + 1], rng.randint(99, 100)) for i in range(n - 1)]
    while len(edges) < min(MAXM, 2 * n):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append((order[i], order[j], rng.randint(1, 50)))
    return render(n, edges)


def strip():
    # A grid a few rows high from corner 1 to corner N, every link 99 or 100 %: a queue-based Bellman-Ford
    # (SPFA) improves the same vertices again and again as better values creep along the strip (about 10^7
    # relaxations), while Dijkstra settles each vertex once. giants=K hangs K extra vertices off random cells by
    # 1 % links (a hundredth of the cell's value, far below the values around it): waiting in the queue they
    # defeat the SLF and LLL queue heuristics (a better value goes to the front, one below the queue's average to
    # the back), which otherwise rescue SPFA here. rows=a-b draws the height (default 4-6).
    giants = int(opts.get("giants", "0"))
    low, high = map(int, opts.get("rows", "4-6").split("-"))
    rows = rng.randint(low, high)
    cols = min((MAXN - giants) // rows, (MAXM - giants + rows) // (2 * rows))
    cells = rows * cols
    n = cells + giants
    cell = [[r * cols + c + 1 for c in range(cols)] for r in range(rows)]
    cell[-1][-1] = n  # the far corner is vertex n; the giants take cells + 1 .. n - 1 and cells
    edges = [(cell[r][c], cell[r][c + 1], rng.randint(99, 100)) for r in range(rows) for c in range(cols - 1)]
    edges += [(cell[r][c], cell[r + 1][c], rng.randint(99, 100)) for r in range(rows - 1) for c in range(cols)]
    spots = [v for row in cell for v in row]
    edges += [(rng.choice(spots), g, 1) for g in [cells] * (giants > 0) + list(range(cells + 1, n))]
    return render(n, relabel(n, edges))


def invalid(kind):
    base = ["4 4", "1 2 90", "2 4 80", "1 3 70", "3 4 95"]
    if kind == "n_too_big":
        base[0] = f"{MAXN + 1} 4"
    elif kind == "n_one":
        return "1 0\n"
    elif kind == "m_too_big":
        m = MAXM + 1
        return f"3 {m}\n" + "".join(f"{1 + i % 2} {2 + i % 2} 50\n" for i in range(m))
    elif kind == "vertex_out_of_range":
        base[2] = "2 5 80"
    elif kind == "percent_too_big":
        base[3] = "1 3 101"
    elif kind == "percent_zero":
        base[3] = "1 3 0"
    elif kind == "self_loop":
        base[2] = "2 2 80"
    elif kind == "decimal_percent":
        base[1] = "1 2 0.9"
    elif kind == "double_space":
        base[1] = "1  2 90"
    elif kind == "leading_zero":
        base[1] = "1 2 090"
    elif kind == "missing_edge":
        base.pop()
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(base) + "\n"


if mode == "sample":
    if opts.get("kind") == "hand":
        # Direct 1-5 keeps 50 %; 1-2-5 keeps 72 %; 1-3-4-5 keeps 0.9 * 0.9 * 0.95 = 76.95 %.
        out = render(5, relabel(5, [(1, 5, 50), (1, 2, 80), (2, 5, 90), (1, 3, 90), (3, 4, 90), (4, 5, 95)]))
    else:
        n = rng.randint(4, 6)
        out = render(n, graph(n, rng.randint(n - 1, 8), connected=True))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(max(0, n - 2), max(n - 1, int(opts["mcap"])))
    out = render(n, graph(n, min(m, MAXM), connected=rng.random() < 0.85))
elif mode == "fixed":
    out = fixed(opts["name"])
elif mode == "late_better":
    out = late_better(min(MAXN - 2, MAXM - 2, int(opts["count"])))
elif mode == "additive_trap":
    out = additive_trap()
elif mode == "chain":
    out = chain()
elif mode == "strip":
    out = strip()
elif mode == "big":
    out = render(MAXN, graph(MAXN, MAXM, connected=True))
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
