"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Replays the operations up to the first two sums and lists the subtree each sum covers."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n, q = tokens[0], tokens[1]
val = [0] + tokens[2:n + 2]
adj = [[] for _ in range(n + 1)]
pos = n + 2
for _ in range(n - 1):
    u, v = tokens[pos], tokens[pos + 1]
    pos += 2
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
parent[1] = -1
order = [1]
for x in order:
    for y in adj[x]:
        if parent[y] == 0 and y != 1:
            parent[y] = x
            order.append(y)


def _inside(u, v):
    while u > 0:
        if u == v:
            return True
        u = parent[u]
    return False


parts = []
for _ in range(q):
    if len(parts) == 2:
        break
    if tokens[pos] == 1:
        v, x = tokens[pos + 1], tokens[pos + 2]
        pos += 3
        parts.append(f"{v}번의 값이 {x}(으)로 바뀝니다." if ko else f"The value of {v} becomes {x}.")
        val[v] = x
    else:
        v = tokens[pos + 1]
        pos += 2
        members = [u for u in range(1, n + 1) if _inside(u, v)]
        terms = " + ".join(str(val[u]) for u in members)
        total = sum(val[u] for u in members)
        parts.append(f"{v}번의 서브트리는 {', '.join(map(str, members))}번이고 합은 {terms} = {total}입니다." if ko else
                     f"The subtree of {v} is {', '.join(map(str, members))}, with sum {terms} = {total}.")
print(" ".join(parts))
