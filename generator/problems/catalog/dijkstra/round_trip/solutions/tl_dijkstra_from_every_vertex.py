"""Too slow: one Dijkstra from every vertex i to find i -> X (N runs), plus one from X for the way back."""
import sys
from heapq import heappop, heappush


def dijkstra(n, adj, source, target=None):
    INF = 1 << 62
    dist = [INF] * (n + 1)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        if u == target:
            break
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n, m, x = int(data[0]), int(data[1]), int(data[2])
    forward = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        forward[u].append((v, w))
    from_x = dijkstra(n, forward, x)
    print(max(dijkstra(n, forward, i, x)[x] + from_x[i] for i in range(1, n + 1)))


main()
