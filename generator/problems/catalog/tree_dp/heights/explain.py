"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and names, for
vertex 1 and its children, one longest downward path."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
node = (case.get("texts") or {}).get("node", "정점" if ko else "vertex")
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
height = [0] * (n + 1)
for x in reversed(order):
    if parent[x] > 0:
        height[parent[x]] = max(height[parent[x]], height[x] + 1)


def longest_path(v):
    path = [v]
    while True:
        kids = [y for y in adj[path[-1]] if y != parent[path[-1]]]
        if not kids:
            return path
        path.append(min(kids, key=lambda y: (-height[y], y)))


shown = [v for v in order if v == 1 or parent[v] == 1][:3]
parts = []
for v in shown:
    path = "-".join(map(str, longest_path(v)))
    parts.append(f"{node} {v}에서 아래로 가장 먼 경로는 {path}이므로 높이는 {height[v]}입니다." if ko else
                 f"The longest route down from {node} {v} is {path}, so its height is {height[v]}.")
print(" ".join(parts))
