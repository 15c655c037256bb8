"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the things and the links between them).
YES shows one route from A to B (fewest links); NO lists what A reaches, B not among it."""
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
n, m, a, b = map(int, lines[0].split()[:4])
adj = read_graph(lines, n, m)
dist, parent = bfs(adj, a)
if a == b:
    print(f"A와 B가 같은 {node}({a}번)이므로 YES입니다." if ko else
          f"A and B are the same {node} ({a}), so the answer is YES.")
elif b in dist:
    route, v = [], b
    while v is not None:
        route.append(v)
        v = parent[v]
    route = " → ".join(map(str, route[::-1]))
    print(f"A = {a}에서 {edge}을(를) 따라 {route} 순서로 가면 B = {b}에 닿으므로 YES입니다." if ko else
          f"From A = {a} the {edges} lead {route}, reaching B = {b}, so the answer is YES.")
else:
    group = sorted(dist)
    if ko:
        print(f"A = {a}에서 {edge}을(를) 따라 갈 수 있는 {node}은(는) {listed(group, '')}번뿐이고 B = {b}은(는) "
              f"그중에 없으므로 NO입니다.")
    else:
        print(f"Following {edges} from A = {a} reaches only {node if len(group) == 1 else nodes} "
              f"{listed(group, 'and')}, and B = {b} is not among them, so the answer is NO.")
