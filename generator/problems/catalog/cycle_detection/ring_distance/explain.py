"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them). Shows the ring and the farthest one's shortest
way to it; how the ring and the distances are found is the task and is not said."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")


tokens = [int(t) for t in case["input"].split()]
dist = [int(t) for t in case["output"].split()]
n = tokens[0]
adj = [[] for _ in range(n + 1)]
for i in range(n):
    u, v = tokens[1 + 2 * i], tokens[2 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
ring = [v for v in range(1, n + 1) if dist[v - 1] == 0]
far = max(range(1, n + 1), key=lambda v: (dist[v - 1], -v))
path = [far]  # a shortest way from the farthest one to the ring: each step goes one closer
while dist[path[-1] - 1]:
    path.append(min(w for w in adj[path[-1]] if dist[w - 1] == dist[path[-1] - 1] - 1))
shown = ", ".join(map(str, ring))
d = dist[far - 1]
edges = texts.get("edges", edge + "s")
if d == 0:
    print(f"모든 {node}이(가) 고리 {shown} 위에 있으므로 거리는 모두 0입니다." if ko else
          f"Every {node} is on the ring {shown}, so every distance is 0.")
elif ko:
    print(f"{edge}들이 이루는 고리는 {shown}입니다. 가장 먼 {far}번 {node}에서는 {' → '.join(map(str, path))} 순서로 "
          f"{edge} {d}개를 지나야 고리에 닿고, 이보다 짧은 길은 없습니다.")
else:
    print(f"The ring is made of {nodes} {shown}. The farthest, {node} {far}, reaches it along "
          f"{' → '.join(map(str, path))}, over {d} {edge if d == 1 else edges}; no shorter way exists.")
