"""Obviously correct: distances by relaxing every edge in both directions until nothing changes, then count the
vertices at distance at most K."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m, s, k = data[:4]
edges = [(data[4 + 2 * i], data[5 + 2 * i]) for i in range(m)]
INF = 10 ** 9
dist = [INF] * (n + 1)
dist[s] = 0
changed = True
while changed:
    changed = False
    for u, v in edges:
        if dist[u] + 1 < dist[v]:
            dist[v] = dist[u] + 1
            changed = True
        if dist[v] + 1 < dist[u]:
            dist[u] = dist[v] + 1
            changed = True
print(sum(1 for d in dist[1:] if d <= k))
