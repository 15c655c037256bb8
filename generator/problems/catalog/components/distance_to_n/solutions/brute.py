"""Obviously correct: relax every edge in both directions until no distance improves."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
edges = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]
INF = 10 ** 9
dist = [INF] * (n + 1)
dist[1] = 0
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
print(dist[n] if dist[n] < INF else -1)
