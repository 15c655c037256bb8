"""Obviously correct: after every new road, shortest distances from every vertex by relaxing all roads so far
N times (Bellman-Ford), and the sum over pairs i < j."""
import sys

data = sys.stdin.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
roads = [(int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])) for e in range(m + k)]
for step in range(k):
    arcs = roads[:m + step + 1]
    arcs = arcs + [(v, u, w) for u, v, w in arcs]
    total = 0
    for s in range(1, n + 1):
        dist = [None] * (n + 1)
        dist[s] = 0
        for _ in range(n):
            for u, v, w in arcs:
                if dist[u] is not None and (dist[v] is None or dist[u] + w < dist[v]):
                    dist[v] = dist[u] + w
        total += sum(dist[j] for j in range(s + 1, n + 1))
    print(total)
