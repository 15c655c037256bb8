"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and the links)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
edges = [(data[2 + 3 * i + 3], data[3 + 3 * i], data[4 + 3 * i]) for i in range(m)]
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


tree = []
for w, u, v in sorted(edges):
    a, b = find(u), find(v)
    if a != b:
        parent[a] = b
        tree.append((u, v, w))
shown = ", ".join(f"{u}-{v} ({w})" for u, v, w in tree)
answers = " ".join(case["output"].split())
print(f"최소 스패닝 포레스트는 {shown}입니다. 두 {node} 사이 최소 부담은 이 숲에서 둘을 잇는 경로 위 {edge}의 부하 등급 "
      f"중 가장 큰 값이며 (경로가 없으면 -1), 그래서 답은 차례로 {answers}입니다." if ko else
      f"A minimum spanning forest is {shown}. The smallest strain between two {nodes} is the largest load rating among "
      f"the {edges_word} on their path in this forest (-1 with no path), so the answers are {answers}.")
