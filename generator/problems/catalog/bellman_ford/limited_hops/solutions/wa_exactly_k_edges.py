"""WRONG: each round starts from nothing, so it finds the cheapest walk with exactly K edges, not at most K."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])) for e in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
for _ in range(k):
    new = [INF] * (n + 1)
    for u, v, w in edges:
        if dist[u] != INF and dist[u] + w < new[v]:
            new[v] = dist[u] + w
    dist = new
print("IMPOSSIBLE" if dist[n] == INF else dist[n])
