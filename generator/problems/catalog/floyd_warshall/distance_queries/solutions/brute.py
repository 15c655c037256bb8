"""Obviously correct: for every query, relax all roads (both directions) N times from the query's start."""
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
roads = [(int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])) for e in range(m)]
arcs = roads + [(v, u, w) for u, v, w in roads]
pos = 3 + 3 * m
for _ in range(q):
    a, b = int(data[pos]), int(data[pos + 1])
    pos += 2
    dist = [None] * (n + 1)
    dist[a] = 0
    for _ in range(n):
        for u, v, w in arcs:
            if dist[u] is not None and (dist[v] is None or dist[u] + w < dist[v]):
                dist[v] = dist[u] + w
    print(-1 if dist[b] is None else dist[b])
