"""Obviously correct (small trees): repeatedly relaxes dist[y] <= dist[x] + 1 over every edge until nothing
changes (Bellman-Ford style), starting from s."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
edges = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n - 1)]
s, t = int(data[2 * n - 1]), int(data[2 * n])
INF = 10 ** 9
dist = {v: INF for v in range(1, n + 1)}
dist[s] = 0
changed = True
while changed:
    changed = False
    for u, v in edges:
        for a, b in ((u, v), (v, u)):
            if dist[a] + 1 < dist[b]:
                dist[b] = dist[a] + 1
                changed = True
print(dist[t])
