"""Obviously correct (small trees): for every vertex v, count the vertices u without children whose route to
vertex 1 passes through v (u itself included)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
seen = {1}
stack = [1]
while stack:
    x = stack.pop()
    for y in adj[x]:
        if y not in seen:
            seen.add(y)
            parent[y] = x
            stack.append(y)
childless = [v for v in range(1, n + 1) if all(parent[y] != v for y in range(1, n + 1))]
answer = []
for v in range(1, n + 1):
    count = 0
    for u in childless:
        w = u
        while w and w != v:
            w = parent[w]
        count += w == v
    answer.append(count)
print(" ".join(map(str, answer)))
