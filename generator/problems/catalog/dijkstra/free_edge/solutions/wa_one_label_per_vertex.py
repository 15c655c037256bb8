"""Wrong: one label per vertex; using the free edge early can block the better plan of using it later."""
import sys
from heapq import heappush, heappop
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
adj = undirected(n, edges)
INF = 1 << 62
dist = [INF] * (n + 1)
dist[1] = 0
pq = [(0, 1, 0)]
while pq:
    d, u, used = heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        options = [(d + w, used)] + ([(d, 1)] if not used else [])
        for nd, nu in options:
            if nd < dist[v]:
                dist[v] = nd
                heappush(pq, (nd, v, nu))
print(dist[n] if dist[n] < INF else -1)
