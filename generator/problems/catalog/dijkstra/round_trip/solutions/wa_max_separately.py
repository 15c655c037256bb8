"""Wrong: adds the longest way out and the longest way back, which may belong to two different people."""
import sys
from heapq import heappop, heappush


def dijkstra(n, adj, source):
    INF = 1 << 62
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
    n, m, x = int(data[0]), int(data[1]), int(data[2])
    forward = [[] for _ in range(n + 1)]
    backward = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        forward[u].append((v, w))
        backward[v].append((u, w))
    from_x = dijkstra(n, forward, x)
    to_x = dijkstra(n, backward, x)
    print(max(from_x[1:]) + max(to_x[1:]))  # the two maxima may belong to different people


main()
