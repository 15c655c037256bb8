"""Reference: one Dijkstra with every source in the heap at distance 0."""
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

def main():
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
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(pq, (nd, v))
    sys.stdout.write("\n".join(str(dist[t]) if dist[t] < INF else "-1" for t in targets) + "\n")
main()
