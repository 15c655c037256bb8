"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON and shows, for
two vertices, one best connected set containing each."""
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


def best_set(root):
    parent = [0] * (n + 1)
    parent[root] = -1
    order = [root]
    for x in order:
        for y in adj[x]:
            if parent[y] == 0:
                parent[y] = x
                order.append(y)
    best = a[:]
    for x in reversed(order):
        if parent[x] > 0 and best[x] > 0:
            best[parent[x]] += best[x]
    chosen, stack = [], [root]
    while stack:
        x = stack.pop()
        chosen.append(x)
        stack.extend(y for y in adj[x] if y != parent[x] and best[y] > 0)
    return sorted(chosen), best[root]


parts = []
for v in range(1, min(n, 2) + 1):
    chosen, total = best_set(v)
    parts.append(f"{node} {v}: {', '.join(map(str, chosen))}번 {node}을(를) 고르면 합이 {total}입니다." if ko else
                 f"{node.capitalize()} {v}: choosing {nodes} {', '.join(map(str, chosen))} gives {total}.")
print(" ".join(parts))
