"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and shows the
product rule at vertex 1 (each child left out or joined with one of its own sets)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", node + "s")
edge = texts.get("edge", "간선" if ko else "edge")
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[1 + 2 * i], tokens[2 + 2 * i]
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
parent[1] = -1
order = [1]
for x in order:
    for y in adj[x]:
        if parent[y] == 0:
            parent[y] = x
            order.append(y)
ways = [1] * (n + 1)
for x in reversed(order):
    if parent[x] > 0:
        ways[parent[x]] *= ways[x] + 1
kids = [y for y in adj[1] if parent[y] == 1]
factors = " × ".join(f"({ways[c]} + 1)" for c in kids) or "1"
if ko:
    print(f"{node} 1의 자식 {', '.join(map(str, kids))}번 각각은 빼거나, 그 자식을 포함하는 자기 서브트리의 연결 집합 "
          f"({', '.join(str(ways[c]) for c in kids)}가지) 중 하나로 붙일 수 있으므로 답은 {factors} = {ways[1]}입니다.")
else:
    print(f"Each child {', '.join(map(str, kids))} of {node} 1 is either left out or joined with one of the connected "
          f"sets of its subtree that contain it ({', '.join(str(ways[c]) for c in kids)} of them), so the answer is "
          f"{factors} = {ways[1]}.")
