"""Test generator for the visiting-orders task: python gen.py SEED MODE [key=value ...] prints one input.

Params: maxn, maxm. Modes: sample kind=hand|random; random lo= hi= mcap=; path n= (a shuffled path, V at one end
or inside: deep DFS); ladder n= (rungs joined so that a vertex pushed early by a marking-on-push stack is reached
again from deeper down, many times); dense n= m=; lonely n= (V has no edge); split n= m= (V's component and
others); invalid kind=too_many|self_loop|double_edge|vertex_range|start_range|missing_edge|extra_edge|
too_many_edges. n and m may say maxn / maxm.
"""
import random
import sys
from collections import deque

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
MAXN, MAXM = int(opts["maxn"]), int(opts["maxm"])
rng = random.Random(seed)


def size(key):
    value = opts[key]
    return {"maxn": MAXN, "maxm": MAXM}.get(value) or int(value)


def render(n, edges, v):
    rng.shuffle(edges)
    edges = [(a, b) if rng.random() < 0.5 else (b, a) for a, b in edges]
    return f"{n} {len(edges)} {v}\n" + "".join(f"{a} {b}\n" for a, b in edges)


def random_edges(n, m):
    m = min(m, n * (n - 1) // 2)
    if m > n * (n - 1) // 4:
        pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
        return rng.sample(pairs, m)
    seen = set()
    while len(seen) < m:
        a, b = rng.sample(range(1, n + 1), 2)
        seen.add((min(a, b), max(a, b)))
    return list(seen)


def orders(n, edges, v, push_marks=False):
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    for row in adj:
        row.sort()
    seen, out = [False] * (n + 1), []
    if push_marks:
        seen[v], stack = True, [v]
        while stack:
            x = stack.pop()
            out.append(x)
            for y in reversed(adj[x]):
                if not seen[y]:
                    seen[y] = True
                    stack.append(y)
        return out
    stack = [(v, 0)]
    seen[v] = True
    out.append(v)
    while stack:
        x, i = stack.pop()
        while i < len(adj[x]) and seen[adj[x][i]]:
            i += 1
        if i < len(adj[x]):
            stack.append((x, i + 1))
            y = adj[x][i]
            seen[y] = True
            out.append(y)
            stack.append((y, 0))
    return out


def bfs(n, edges, v):
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    seen, out, queue = {v}, [v], deque([v])
    while queue:
        x = queue.popleft()
        for y in sorted(adj[x]):
            if y not in seen:
                seen.add(y)
                out.append(y)
                queue.append(y)
    return out


def telling(n, edges, v):
    """Whether this graph separates the usual mistakes: a marking-on-push stack, the DFS from the BFS."""
    dfs = orders(n, edges, v)
    return dfs != orders(n, edges, v, push_marks=True) and dfs != bfs(n, edges, v)


def hand_sample():
    # Redrawn from the seed until a marking-on-push stack and the BFS both give other orders than the DFS.
    while True:
        n = rng.randint(5, 7)
        edges = random_edges(n, rng.randint(n, n + 3))
        v = rng.randint(1, n)
        if telling(n, edges, v):
            return render(n, edges, v)


def ladder(n):
    # Blocks of 5 vertices b+1..b+5 with the edges b+1-b+2, b+1-b+3, b+2-b+4, b+3-b+4, b+4-b+5 (the example in the
    # marking-on-push solution), block to block through b+5 - next b+1. From vertex 1 a real DFS goes
    # b+1, b+2, b+4, b+3, b+5, ...; the marking stack leaves b+3 for the very end.
    edges = []
    blocks = n // 5
    for k in range(blocks):
        b = 5 * k
        edges += [(b + 1, b + 2), (b + 1, b + 3), (b + 2, b + 4), (b + 3, b + 4), (b + 4, b + 5)]
        if k:
            edges.append((b, b + 1))
    for x in range(5 * blocks + 1, n + 1):  # leftover vertices hang off random block vertices
        edges.append((x, rng.randint(1, x - 1)))
    budget = MAXM - len(edges)
    extra = set()
    for _ in range(min(budget, n // 10)):  # a few long jumps to larger numbers: they never change the order much
        a = rng.randint(1, n)
        b = rng.randint(1, n)
        if abs(a - b) > 5 and (min(a, b), max(a, b)) not in set(edges):
            extra.add((min(a, b), max(a, b)))
    return edges + sorted(extra)


def invalid(kind):
    n = rng.randint(5, 8)
    edges = random_edges(n, rng.randint(n - 1, n + 2))
    v = rng.randint(1, n)
    text = render(n, list(edges), v)
    lines = text.split("\n")
    if kind == "too_many":
        return f"{MAXN + 1} 1 1\n1 2\n"
    if kind == "too_many_edges":
        return f"{n} {MAXM + 1} 1\n" + "1 2\n" * (MAXM + 1)
    if kind == "self_loop":
        lines[1] = f"{v} {v}"
    elif kind == "double_edge":
        lines.insert(2, lines[1])
        lines[0] = f"{n} {len(edges) + 1} {v}"
    elif kind == "vertex_range":
        lines[1] = f"{n + 1} {lines[1].split()[1]}"
    elif kind == "start_range":
        lines[0] = f"{n} {len(edges)} {n + 1}"
    elif kind == "missing_edge":
        del lines[-2]
    elif kind == "extra_edge":
        lines.insert(-1, lines[1])
    else:
        raise SystemExit(f"unknown invalid kind {kind}")
    return "\n".join(lines)


if mode == "sample":
    if opts.get("kind") == "hand":
        out = hand_sample()
    else:
        n = rng.randint(4, 7)
        out = render(n, random_edges(n, rng.randint(n - 1, n + 2)), rng.randint(1, n))
elif mode == "random":
    n = rng.randint(int(opts["lo"]), min(MAXN, int(opts["hi"])))
    m = rng.randint(0, min(MAXM, int(opts["mcap"])))
    out = render(n, random_edges(n, m), rng.randint(1, n))
elif mode == "path":
    n = size("n")
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = [(order[i], order[i + 1]) for i in range(n - 1)]
    v = order[0] if rng.random() < 0.7 else order[rng.randrange(n)]
    out = render(n, edges, v)
elif mode == "ladder":
    n = size("n")
    out = render(n, ladder(n), 1)
elif mode == "dense":
    n, m = size("n"), size("m")
    out = render(n, random_edges(n, m), rng.randint(1, n))
elif mode == "lonely":
    n = size("n")
    v = rng.randint(1, n)
    others = [x for x in range(1, n + 1) if x != v]
    edges = random_edges(n - 1, min(MAXM, 3 * n)) if n > 2 else []
    out = render(n, [(others[a - 1], others[b - 1]) for a, b in edges], v)
elif mode == "split":
    n, m = size("n"), size("m")
    edges = random_edges(n, m)
    # Cut the graph in two by dropping every edge across a random half: V's side and the rest.
    half = set(rng.sample(range(1, n + 1), n // 2))
    edges = [(a, b) for a, b in edges if (a in half) == (b in half)]
    out = render(n, edges, rng.choice(sorted(half)) if half else 1)
elif mode == "invalid":
    out = invalid(opts["kind"])
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
