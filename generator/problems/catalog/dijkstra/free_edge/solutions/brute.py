"""Obviously correct: try every edge as the free one (or none) and run Bellman-Ford each time."""
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
best = INF
for free in range(-1, len(edges)):
    dist = [INF] * (n + 1)
    dist[1] = 0
    changed = True
    while changed:
        changed = False
        for i, (u, v, w) in enumerate(edges):
            cost = 0 if i == free else w
            for a, b in ((u, v), (v, u)):
                if dist[a] + cost < dist[b]:
                    dist[b] = dist[a] + cost
                    changed = True
    best = min(best, dist[n])
print(-1 if best == INF else best)
