"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
INF = float("inf")
d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
for e in range(m):
    u, v, w = data[2 + 3 * e] - 1, data[3 + 3 * e] - 1, data[4 + 3 * e]
    d[u][v] = d[v][u] = min(d[u][v], w)
for k in range(n):
    for i in range(n):
        for j in range(n):
            d[i][j] = min(d[i][j], d[i][k] + d[k][j])
sums = ", ".join(f"{i + 1}: {sum(d[i])}" for i in range(n))
best, total = case["output"].split()[:2]
print(f"번호별 거리 합은 {sums}이고, 합이 가장 작은 것은 {best}번(합 {total})입니다." if ko else
      f"The sums of distances are {sums}; the smallest is {total}, at {node} {best}.")
