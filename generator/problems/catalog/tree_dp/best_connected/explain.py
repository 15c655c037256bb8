"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and shows one
best connected set (its top vertex plus every child part worth joining)."""
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
a = [0] + tokens[1:n + 1]
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = tokens[n + 1 + 2 * i], tokens[n + 2 + 2 * i]
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
best = a[:]
for x in reversed(order):
    if parent[x] > 0 and best[x] > 0:
        best[parent[x]] += best[x]
top = max(range(1, n + 1), key=lambda v: (best[v], -v))
chosen, stack = [], [top]
while stack:
    x = stack.pop()
    chosen.append(x)
    stack.extend(y for y in adj[x] if y != parent[x] and best[y] > 0)
chosen.sort()
values = " + ".join(f"({a[v]})" if a[v] < 0 else str(a[v]) for v in chosen)
print(f"예를 들어 {', '.join(map(str, chosen))}번 {node}을(를) 고르면 연결되어 있고 합은 {values} = {best[top]}입니다." if ko else
      f"For example, {nodes} {', '.join(map(str, chosen))} are connected and their total is {values} = {best[top]}.")
