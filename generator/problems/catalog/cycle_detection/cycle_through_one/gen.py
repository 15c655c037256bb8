"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input: `N M`, then M lines
`u v` (a one-way edge u -> v). Params: maxn, maxm.

Modes: sample kind=hand|hand2; random lo= hi= [dens=]; shape kind=... n= [m=]; fixed name=...; invalid kind=...
Every shape keeps vertex 1 where the shape puts it and relabels all other vertices by a seeded permutation;
edges are shuffled."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def num(key, default=None):
    value = opts.get(key, default)
    return {"maxn": MAXN, "maxm": MAXM}.get(value, None) or int(value)


def render(n, edges, shuffle=True):
    """Edges on 1..n; vertices 2..n renamed by a random permutation (1 stays 1); duplicates and loops dropped."""
    name = list(range(n + 1))
    if shuffle:
        rest = list(range(2, n + 1))
        rng.shuffle(rest)
        name = [0, 1] + rest
    seen, rows = set(), []
    for u, v in edges:
        a, b = name[u], name[v]
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            rows.append(f"{a} {b}")
    if shuffle:
        rng.shuffle(rows)
    return f"{n} {len(rows)}\n" + "".join(r + "\n" for r in rows)


def shape(kind, n, m):
    if kind == "random":  # uniform edges, a few more of them ending at 1 or starting at 1, so that cycles through 1 are common
        back = float(opts.get("back", "0.15"))
        edges = []
        for _ in range(m):
            r = rng.random()
            u, v = rng.randint(1, n), rng.randint(1, n)
            edges.append((u, 1) if r < back else (1, v) if r < back + back / 2 else (u, v))
        return edges
    if kind == "long_and_short":  # a long loop 1 -> 2 -> ... -> n -> 1 and, deep in it, a shortcut back to 1
        edges = [(i, i + 1) for i in range(1, n)] + [(n, 1)]
        k = rng.randint(2, max(2, n // 3))
        edges.append((k, 1))
        edges += [(rng.randint(2, n), rng.randint(2, n)) for _ in range(max(0, m - n - 1))]
        return edges
    if kind == "no_cycle_at_one":  # 1 only points into a part with many cycles that never return
        edges = [(1, rng.randint(2, n)) for _ in range(5)]
        edges += [(i, i % (n - 1) + 2) for i in range(2, n + 1)]  # one big cycle on 2..n
        edges += [(rng.randint(2, n), rng.randint(2, n)) for _ in range(max(0, m - len(edges)))]
        return edges
    if kind == "fan_in":  # many vertices point to 1 but cannot be reached from it; the path from 1 is long
        half = n // 2
        edges = [(i, i + 1) for i in range(1, half)] + [(half, 1)]
        edges += [(v, 1) for v in range(half + 1, n + 1)]
        return edges
    if kind == "layers":  # layered graph going away from 1; some far layers come back
        width = max(1, int(opts.get("width", 50)))
        edges = []
        layer_of = [0] * (n + 1)
        for v in range(2, n + 1):
            layer_of[v] = 1 + (v - 2) // width
        for v in range(2, n + 1):
            layer = layer_of[v]
            prev = [1] if layer == 1 else range(max(2, 2 + (layer - 2) * width), 2 + (layer - 1) * width)
            edges.append((rng.choice(list(prev)), v))
        back = [v for v in range(2, n + 1) if rng.random() < 3.0 / n]
        edges += [(v, 1) for v in back] + [(n, 1)]
        while len(edges) < m:
            u = rng.randint(2, n)
            v = rng.randint(2, n)
            if layer_of[v] >= layer_of[u]:
                edges.append((u, v))
        return edges
    raise SystemExit(f"unknown shape {kind}")


HAND = {
    # 1 -> 2 -> 3 -> 1 (length 3) and 1 -> 4 -> 5 -> 6 -> 7 -> 1 (length 5); 2 -> 5 adds nothing shorter: 3
    "hand": (7, [(1, 2), (2, 3), (3, 1), (1, 4), (4, 5), (5, 6), (6, 7), (7, 1), (2, 5)]),
    # a cycle 2 -> 3 -> 4 -> 2 that 1 enters but never leaves for 1 again: -1
    "hand2": (5, [(1, 2), (2, 3), (3, 4), (4, 2), (5, 1)]),
}

FIXED = {
    "single": (1, []),
    "two_way": (2, [(1, 2), (2, 1)]),
    "one_way": (2, [(1, 2)]),
    "into_one": (3, [(2, 1), (3, 1), (2, 3)]),
    "cycle_elsewhere": (4, [(2, 3), (3, 4), (4, 2), (1, 2)]),
    "big_loop": (6, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 1)]),
    "dfs_trap": (6, [(1, 2), (2, 3), (3, 4), (4, 5), (5, 1), (1, 6), (6, 1)]),
}


def invalid(kind):
    def text(n, rows, m=None):
        return f"{n} {len(rows) if m is None else m}\n" + "".join(r + "\n" for r in rows)
    base = ["1 2", "2 3", "3 1"]
    if kind == "n_too_big":
        return text(MAXN + 1, base)
    if kind == "n_zero":
        return "0 0\n"
    if kind == "m_too_big":
        rows, seen = [], set()
        while len(rows) < MAXM + 1:
            u, v = rng.randint(1, 1000), rng.randint(1, 1000)
            if u != v and (u, v) not in seen:
                seen.add((u, v))
                rows.append(f"{u} {v}")
        return text(1000, rows)
    if kind == "self_loop":
        return text(3, base + ["1 1"])
    if kind == "duplicate_edge":
        return text(3, base + ["1 2"])
    if kind == "vertex_out_of_range":
        return text(3, base + ["3 4"])
    if kind == "vertex_zero":
        return text(3, base + ["0 1"])
    if kind == "too_few_edges":
        return text(3, base, m=4)
    if kind == "double_space":
        return text(3, ["1  2", "2 3", "3 1"])
    if kind == "leading_zero":
        return text(3, ["01 2", "2 3", "3 1"])
    if kind == "extra_line":
        return text(3, base) + "2 1\n"
    raise SystemExit(f"unknown invalid kind {kind}")


def first_cycle(text):
    """wa_dfs_first_cycle: the length of the first way back to 1 a depth-first search (in input order) finds."""
    data = list(map(int, text.split()))
    n, m = data[0], data[1]
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[data[2 + 2 * i]].append(data[3 + 2 * i])
    depth, stack = [-1] * (n + 1), [(1, 0)]
    depth[1] = 0
    while stack:
        x, i = stack[-1]
        if i == len(adj[x]):
            stack.pop()
            continue
        stack[-1] = (x, i + 1)
        y = adj[x][i]
        if y == 1:
            return depth[x] + 1
        if depth[y] == -1:
            depth[y] = depth[x] + 1
            stack.append((y, 0))
    return -1


if mode == "sample":
    n, edges = HAND[opts.get("kind", "hand")]
    out = render(n, edges)
    while opts.get("kind", "hand") == "hand" and first_cycle(out) == 3:  # the first cycle a DFS finds is longer
        out = render(n, edges)
elif mode == "random":
    n = rng.randint(int(opts["lo"]), int(opts["hi"]))
    m = rng.randint(0, min(MAXM, n * (n - 1), int(float(opts.get("dens", "1.5")) * n)))
    out = render(n, shape("random", n, m))
elif mode == "shape":
    n = num("n")
    m = min(num("m", "0"), MAXM)
    out = render(n, shape(opts["kind"], n, m))
elif mode == "fixed":
    n, edges = FIXED[opts["name"]]
    out = render(n, edges, shuffle=False)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
