"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and gives the
number of colourings for each colour of vertex 1."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", node + "s")
edge = texts.get("edge", "간선" if ko else "edge")
tokens = [int(t) for t in case["input"].split()]
n, k = tokens[0], tokens[1]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[2 + 2 * i], tokens[3 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
ways = [[1, 1, 1] for _ in range(n + 1)]
given = []
for i in range(k):
    v, c = tokens[2 * n + 2 * i], tokens[2 * n + 1 + 2 * i]
    ways[v] = [int(c == d) for d in (1, 2, 3)]
    given.append(f"{v}→{c}")
parent = [0] * (n + 1)
parent[1] = -1
order = [1]
for x in order:
    for y in adj[x]:
        if parent[y] == 0:
            parent[y] = x
            order.append(y)
for x in reversed(order):
    p = parent[x]
    if p > 0:
        total = sum(ways[x])
        ways[p] = [ways[p][d] * (total - ways[x][d]) for d in range(3)]
w = ways[1]
if ko:
    print(f"정해진 색은 {', '.join(given) or '없음'}입니다. {node} 1의 색이 1, 2, 3일 때 방법이 각각 {w[0]}, {w[1]}, {w[2]}가지이므로 "
          f"모두 {sum(w)}가지입니다.")
else:
    print(f"The decided colours are {', '.join(given) or 'none'}. With {node} 1 coloured 1, 2 or 3 there are {w[0]}, {w[1]} "
          f"and {w[2]} colourings, {sum(w)} in all.")
