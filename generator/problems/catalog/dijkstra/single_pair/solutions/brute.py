"""Obviously correct: Bellman-Ford, relax every edge in both directions until nothing changes."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3]), map(int, data[4:4 + 3 * m:3])))
    return n, edges
def undirected(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj

n, edges = read()
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
changed = True
while changed:
    changed = False
    for u, v, w in edges:
        for a, b in ((u, v), (v, u)):
            if dist[a] + w < dist[b]:
                dist[b] = dist[a] + w
                changed = True
print(-1 if dist[n] == INF else dist[n])
