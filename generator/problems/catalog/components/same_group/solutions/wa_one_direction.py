"""Wrong: stores each edge only as written (u to v), so routes that use an edge from v to u are missed."""
import sys

data = sys.stdin.read().split()
n, m, a, b = int(data[0]), int(data[1]), int(data[2]), int(data[3])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[4 + 2 * i]), int(data[5 + 2 * i])
    adj[u].append(v)
seen = [False] * (n + 1)
seen[a] = True
stack = [a]
while stack:
    x = stack.pop()
    for y in adj[x]:
        if not seen[y]:
            seen[y] = True
            stack.append(y)
print("YES" if seen[b] else "NO")
