"""Wrong: greedily visits whichever stop is nearer to vertex 1 first."""
import sys
from heapq import heappop, heappush

INF = 1 << 62


def dijkstra(n, adj, source):
    dist = [INF] * (n + 1)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    a, b = int(data[2 + 3 * m]), int(data[3 + 3 * m])
    from_1, from_a, from_b = dijkstra(n, adj, 1), dijkstra(n, adj, a), dijkstra(n, adj, b)
    best = INF
    nearer_a = from_1[a] <= from_1[b]
    for legs in ((from_1[a], from_a[b], from_b[n]) if nearer_a else (from_1[b], from_b[a], from_a[n]),):
        if max(legs) < INF:
            best = min(best, sum(legs))
    print(-1 if best == INF else best)


main()
