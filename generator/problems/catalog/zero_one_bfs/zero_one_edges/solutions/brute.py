"""Obviously correct (small graphs): Bellman-Ford style relaxation of every edge, both ways, N times."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])) for i in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
for _ in range(n):
    for u, v, w in edges:
        dist[v] = min(dist[v], dist[u] + w)
        dist[u] = min(dist[u], dist[v] + w)
print(dist[n] if dist[n] < INF else -1)
