"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
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
ring = [v for v in range(1, n + 1) if dist[v - 1] == 0]
far = max(range(1, n + 1), key=lambda v: (dist[v - 1], -v))
shown = ", ".join(map(str, ring))
if ko:
    print(f"{edge}이(가) 하나만 이어진 {node}을(를) 하나도 남지 않을 때까지 지우면 순환선 {shown}만 남습니다. "
          f"이 {node}들에서 동시에 BFS를 하면 거리가 구해지며, 가장 먼 {far}번 {node}은(는) 순환선에서 "
          f"{dist[far - 1]}만큼 떨어져 있습니다.")
else:
    print(f"Removing {nodes} with only one {edge} until none is left keeps only the ring: {shown}. A BFS started "
          f"from all of them at once gives the distances; the farthest, {node} {far}, is {dist[far - 1]} away from the "
          "ring.")
