"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
It shows one shortest route (BFS, smallest number first); for -1, what 1 reaches, N not among it."""
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
adj = read_graph(lines, n, m)
dist, parent = bfs(adj, 1)
if n == 1:
    print(f"1번 {node}이(가) 곧 N번 {node}이므로 0입니다." if ko else f"{node[:1].upper() + node[1:]} 1 is {node} N: 0.")
elif n in dist:
    route, v = [], n
    while v is not None:
        route.append(v)
        v = parent[v]
    k = dist[n]
    route = " → ".join(map(str, route[::-1]))
    print(f"{route} 순서로 가면 {edge} {k}개를 지나며, {edge}을(를) 더 적게 지나는 길은 없습니다." if ko else
          f"The route {route} uses {k} {edge if k == 1 else edges}, and no route uses fewer.")
else:
    group = sorted(dist)
    if ko:
        print(f"1번 {node}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) {listed(group, '')}번뿐이고 {n}번은 그중에 "
              f"없으므로 -1입니다.")
    else:
        print(f"From {node} 1 the {edges} reach only {node if len(group) == 1 else nodes} {listed(group, 'and')}, "
              f"not {node} {n}, so the answer is -1.")
