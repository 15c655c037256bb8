"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
It lists the shortest routes (up to a few) with their length; for 0, what 1 reaches, N not among it."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


def read_graph(lines, n, m):
    adj = {v: [] for v in range(1, n + 1)}
    for line in lines[1:1 + m]:
        u, v = map(int, line.split()[:2])
        adj[u].append(v)
        adj[v].append(u)
    for v in adj:
        adj[v].sort()
    return adj


def bfs(adj, start):
    """Distances and BFS parents from `start` (smallest neighbour first)."""
    dist, parent, order = {start: 0}, {start: None}, [start]
    for u in order:
        for v in adj[u]:
            if v not in dist:
                dist[v], parent[v] = dist[u] + 1, u
                order.append(v)
    return dist, parent


def listed(values, word, limit=8):
    """1, 3 and 5 (en, word='and') or 1, 3, 5 (ko, word=''), cut to `limit` with '…'."""
    values = [str(v) for v in values]
    if len(values) > limit:
        return ", ".join(values[:limit]) + ", …"
    if not word or len(values) == 1:
        return ", ".join(values)
    return ", ".join(values[:-1]) + f" {word} " + values[-1]


lines = case["input"].split("\n")
n, m = map(int, lines[0].split()[:2])
count = int(case["output"].split()[0])
adj = read_graph(lines, n, m)
dist, _ = bfs(adj, 1)
LIMIT = 4
routes = []


def walk(u, route):
    if len(routes) > LIMIT:
        return
    if u == n:
        routes.append(route)
        return
    for v in adj[u]:
        if dist.get(v) == dist[u] + 1 and dist[v] <= dist.get(n, -1):
            walk(v, route + [v])


if n == 1:
    print(f"1번 {node}이(가) 곧 N번 {node}이므로 길이 0인 길 하나를 셉니다: 1." if ko else
          f"{node[:1].upper() + node[1:]} 1 is {node} N: the single route of length 0 counts, so the answer is 1.")
elif n not in dist:
    group = sorted(dist)
    if ko:
        print(f"1번 {node}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) {listed(group, '')}번뿐이고 {n}번은 그중에 "
              f"없으므로 0입니다.")
    else:
        print(f"From {node} 1 the {edges} reach only {node if len(group) == 1 else nodes} {listed(group, 'and')}, "
              f"not {node} {n}, so the answer is 0.")
else:
    walk(1, [1])
    k = dist[n]
    back, _ = bfs(adj, n)
    layers = [sorted(v for v in dist if dist[v] == d and back.get(v) == k - d) for d in range(k + 1)]
    product = 1
    for layer in layers:
        product *= len(layer)
    if count > LIMIT and product == count:  # every choice per layer works: 1 → (3 or 5) → 8 → (2, 4 or 9) → 11
        word = "또는" if ko else "or"
        shown = " → ".join(str(layer[0]) if len(layer) == 1 else f"({listed(layer, word)})" for layer in layers)
        times = " × ".join(str(len(layer)) for layer in layers if len(layer) > 1) + f" = {count}"
        if ko:
            print(f"가장 짧은 길은 {edge} {k}개를 지나는 {shown}이고, 괄호마다 어느 {node}을(를) 골라도 다음으로 "
                  f"이어지므로 {times}가지입니다. 더 긴 길은 세지 않습니다.")
        else:
            print(f"The shortest routes use {k} {edges} and go {shown}, where every choice in brackets leads on to "
                  f"the next {node}: {times} routes. Longer routes are not counted.")
        raise SystemExit
    shown = ", ".join(" → ".join(map(str, r)) for r in routes[:LIMIT]) + (", …" if len(routes) > LIMIT else "")
    if ko:
        print(f"가장 짧은 길은 {edge} {k}개를 지나며, {shown}의 {count}가지입니다. 더 긴 길은 세지 않습니다."
              if count > 1 else f"가장 짧은 길은 {edge} {k}개를 지나는 {shown} 하나뿐입니다. 더 긴 길은 세지 않습니다.")
    else:
        print(f"The shortest routes use {k} {edge if k == 1 else edges}: {shown}; {count} routes in all. Longer "
              f"routes are not counted." if count > 1 else
              f"The only shortest route is {shown}, with {k} {edge if k == 1 else edges}; longer routes are not "
              f"counted.")
