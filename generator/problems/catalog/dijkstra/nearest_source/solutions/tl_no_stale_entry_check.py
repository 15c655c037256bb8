"""Too slow: no stale-heap-entry check; a vertex improved many times rescans its edges for every entry."""
import sys
from heapq import heappush, heappop
def read():
    data = sys.stdin.buffer.read().split()
    n, m, k, q = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[5:5 + 3 * m:3]), map(int, data[6:6 + 3 * m:3])))
    rest = data[4 + 3 * m:]
    sources = [int(x) for x in rest[:k]]
    targets = [int(x) for x in rest[k:k + q]]
    return n, edges, sources, targets
def undirected(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj

n, edges, sources, targets = read()
adj = undirected(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
pq = []
for s in sources:
    dist[s] = 0
    pq.append((0, s))
while pq:
    d, u = heappop(pq)
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            heappush(pq, (d + w, v))
print("\n".join(str(dist[t]) if dist[t] < INF else "-1" for t in targets))
