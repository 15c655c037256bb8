"""WRONG: K rounds of Bellman-Ford relaxing in place, so one round can chain several edges listed in order and the
answer may use more than K edges."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 3 * e]), int(data[4 + 3 * e]), int(data[5 + 3 * e])) for e in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
for _ in range(k):
    changed = False
    for u, v, w in edges:
        if dist[u] != INF and dist[u] + w < dist[v]:
            dist[v] = dist[u] + w
            changed = True
    if not changed:
        break
print("IMPOSSIBLE" if dist[n] == INF else dist[n])
