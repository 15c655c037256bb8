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
n = data[0]
order = data[1 + n * n:1 + n * n + n]
sums = case["output"].split()
if n == 1:
    print(f"{node}이(가) 하나뿐이라 합은 0입니다." if ko else f"With one {node} the sum is 0.")
else:
    print(f"처음에는 모든 {node}이(가) 열려 있어 합이 {sums[0]}이고, {order[0]}번을 닫은 뒤 남은 {node}끼리의 합은 "
          f"{sums[1]}입니다. 거꾸로 보면 {node}을(를) 하나씩 다시 열며 그 {node}을(를) 거쳐 가는 경로만 "
          "갱신하면 됩니다." if ko else
          f"With every {node} open the sum is {sums[0]}; after closing {order[0]} the remaining pairs sum to "
          f"{sums[1]}. Backwards, each step opens one {node} and only routes through it need updating.")
