"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
edge = texts.get("edge", "간선" if ko else "edge")
data = [int(t) for t in case["input"].split()]
n = data[0]
cost = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]
inside = {0}
steps = []
while len(inside) < n:
    c, i, j = min((cost[i][j], i, j) for i in inside for j in range(n) if j not in inside)
    inside.add(j)
    steps.append(f"{i + 1}-{j + 1} ({c})")
total = case["output"].split()[0]
if not steps:
    print(f"{node}이(가) 하나뿐이라 지을 것이 없으므로 답은 0입니다." if ko else
          f"There is only one {node}, so nothing is built: 0.")
else:
    print(f"1번 {node}에서 시작해, 이미 이어진 {node}들과 가장 싼 {edge}(으)로 이어지는 {node}을(를) "
          f"하나씩 붙이면 {', '.join(steps)}이고, 비용의 합은 {total}입니다." if ko else
          f"Starting from {node} 1 and always attaching the {node} with the cheapest {edge} to the ones already joined "
          f"gives {', '.join(steps)}, for a total of {total}.")
