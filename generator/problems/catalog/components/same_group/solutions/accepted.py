"""Reference: one search from A over the edges in both directions; YES iff it meets B."""
import sys

data = sys.stdin.read().split()
n, m, a, b = int(data[0]), int(data[1]), int(data[2]), int(data[3])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v = int(data[4 + 2 * i]), int(data[5 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
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
