"""Reference: K rounds of Bellman-Ford, each relaxing from a copy of the previous round's distances, so after
round j every value is the cheapest walk with at most j edges (relaxing in place could chain several edges in one
round). Only vertices improved in the last round can improve others; an empty round ends early."""
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
for _ in range(k):
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
