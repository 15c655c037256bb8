"""Obviously correct: Bellman-Ford over both directions of every edge, an arrival at v costing w + c[v]."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
fee = [0] + [int(t) for t in data[2:2 + n]]
edges = [(int(data[2 + n + 3 * i]), int(data[3 + n + 3 * i]), int(data[4 + n + 3 * i])) for i in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
for _ in range(n):
    for u, v, w in edges:
        for a, b in ((u, v), (v, u)):
            if dist[a] + w + fee[b] < dist[b]:
                dist[b] = dist[a] + w + fee[b]
print(-1 if dist[n] == INF else dist[n])
