"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the links and what a trip adds up).
Rebuilds one best trip with at most K edges by layered Bellman-Ford with parent links."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")
value = texts.get("value", "합" if ko else "total")


data = [int(t) for t in case["input"].split()]
n, m, k = data[0], data[1], data[2]
edges = [(data[3 + 3 * e], data[4 + 3 * e], data[5 + 3 * e]) for e in range(m)]
answer = case["output"].split()[0]
INF = float("inf")
layers = [[INF] * (n + 1)]
layers[0][1] = 0
parent = [[None] * (n + 1)]
for j in range(1, k + 1):  # layers[j][v]: cheapest walk with exactly j edges
    cur, par = [INF] * (n + 1), [None] * (n + 1)
    for u, v, w in edges:
        if layers[-1][u] + w < cur[v]:
            cur[v], par[v] = layers[-1][u] + w, u
    layers.append(cur)
    parent.append(par)
if answer == "IMPOSSIBLE":
    print(f"{edge}을(를) {k}개 이하로 써서 1번 {node}에서 {n}번 {node}까지 가는 여정이 없으므로 IMPOSSIBLE입니다."
          if ko else f"No trip from {node} 1 to {node} {n} uses at most {k} {edge if k == 1 else edges_word}, so the "
          "answer is IMPOSSIBLE.")
else:
    j = min(range(1, k + 1), key=lambda i: (layers[i][n], i))
    walk, v = [n], n
    for i in range(j, 0, -1):
        v = parent[i][v]
        walk.append(v)
    route = " → ".join(map(str, reversed(walk)))
    # The statement's words (the theme's links and value), and no particle right after a number (8이, 14가 differ).
    print(f"{route} 여정은 {edge}을(를) {j}개 쓰고(최대 {k}개) {value}이(가) {answer}입니다. 이보다 "
          f"{value}이(가) 작은 여정은 없습니다." if ko else
          f"The trip {route} uses {j} {edge if j == 1 else edges_word} (at most {k} allowed) and its {value} is "
          f"{answer}, the smallest possible.")
