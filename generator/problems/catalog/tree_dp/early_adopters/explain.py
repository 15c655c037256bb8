"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and shows one
smallest set (rebuilt from the two DP states, top-down)."""
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
on, off = [1] * (n + 1), [0] * (n + 1)
for x in reversed(order):
    p = parent[x]
    if p > 0:
        on[p] += min(on[x], off[x])
        off[p] += on[x]
take = [False] * (n + 1)
for x in order:
    p = parent[x]
    forced = p > 0 and not take[p]  # the edge to the parent is not touched yet
    take[x] = forced or on[x] <= off[x]
chosen = [v for v in range(1, n + 1) if take[v]]
print(f"예를 들어 {', '.join(map(str, chosen))}번 {node}을(를) 고르면 모든 {edge}의 한쪽 끝이 집합에 들어가며, 이보다 적게 고를 수는 없습니다." if ko else
      f"For example, {nodes} {', '.join(map(str, chosen))} touch every {edge}, and no smaller set does.")
