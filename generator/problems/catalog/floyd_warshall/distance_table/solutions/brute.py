"""Obviously correct: from every start, relax every edge N times (Bellman-Ford), no Floyd-Warshall at all."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])) for e in range(m)]
for s in range(1, n + 1):
    dist = [None] * (n + 1)
    dist[s] = 0
    for _ in range(n):
        for u, v, w in edges:
            if dist[u] is not None and (dist[v] is None or dist[u] + w < dist[v]):
                dist[v] = dist[u] + w
    print(" ".join("INF" if x is None else str(x) for x in dist[1:]))
