"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and lists, for
vertex 1 and its children, the leaves of their subtrees."""
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
leaves = [v for v in range(1, n + 1) if all(parent[y] != v for y in adj[v])]


def below(v, u):
    while u > 0 and u != v:
        u = parent[u]
    return u == v


parts = []
for v in [x for x in order if x == 1 or parent[x] == 1][:3]:
    mine = sorted(u for u in leaves if below(v, u))
    parts.append(f"{node} {v}의 서브트리에 있는 리프는 {', '.join(map(str, mine))}번으로 {len(mine)}개입니다." if ko else
                 (f"The subtree of {node} {v} holds the leaves {', '.join(map(str, mine))}: {len(mine)} in all." if len(mine) > 1
                  else f"The subtree of {node} {v} holds one leaf, {mine[0]}."))
print(" ".join(parts))
