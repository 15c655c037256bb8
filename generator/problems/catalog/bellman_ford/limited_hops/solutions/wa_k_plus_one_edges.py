"""WRONG: reads K as the number of stops in between and so allows K + 1 edges."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
out_edges = [[] for _ in range(n + 1)]
for e in range(m):
    u, v, w = int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])
    out_edges[u].append((v, w))
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
frontier = [1]
for _ in range(k + 1):
    prev = dist[:]
    improved = set()
    for u in frontier:
        du = prev[u]
        for v, w in out_edges[u]:
            if du + w < dist[v]:
                dist[v] = du + w
                improved.add(v)
    if not improved:
        break
    frontier = list(improved)
print("IMPOSSIBLE" if dist[n] == INF else dist[n])
