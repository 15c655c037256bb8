"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and shows the
calling order of vertex 1 (slowest subtree first) with the minute each child's subtree is done."""
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
time = [0] * (n + 1)
for x in reversed(order):
    kids = sorted((time[y] for y in adj[x] if y != parent[x]), reverse=True)
    time[x] = max((i + t for i, t in enumerate(kids, 1)), default=0)


kids = sorted((y for y in adj[1] if parent[y] == 1), key=lambda y: (-time[y], y))
steps = [f"{y} ({i}+{time[y]}={i + time[y]})" for i, y in enumerate(kids, 1)]
if ko:
    print(f"{node} 1은 서브트리에 시간이 오래 걸리는 자식부터 {', '.join(steps)} 순서로 전화합니다. 괄호 안은 전화 받는 시각과 "
          f"그 서브트리에 필요한 시간의 합이며, 가장 큰 값인 {time[1]}이(가) 답입니다.")
else:
    print(f"{node.capitalize()} 1 calls its children slowest subtree first: {', '.join(steps)}, each shown as the minute it is "
          f"called plus the time its own subtree needs; the largest, {time[1]}, is the answer.")
