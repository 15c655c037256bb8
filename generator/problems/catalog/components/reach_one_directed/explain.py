"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON
(texts: the theme's words for the things and the links between them)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges = texts.get("edges", "edges")


k = int(case["output"].split()[0])
if ko:
    print(f"{node} 1에 도착할 수 있는 {node}은(는) 1번을 포함해 {k}개입니다. {edge}을(를) 거꾸로 "
          "따라가며 1번에서 탐색하면 찾을 수 있습니다.")
else:
    print(f"{k} {node if k == 1 else nodes}, {node} 1 included, can reach {node} 1: exactly the ones found by searching "
          f"from {node} 1 against the direction of the {edges}.")
