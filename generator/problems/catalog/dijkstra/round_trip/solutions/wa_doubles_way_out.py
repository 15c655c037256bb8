"""Wrong: forgets the reversed graph and doubles the distance from X, as if every road were two-way."""
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
    to_x = from_x  # the way back is taken to be as long as the way there
    print(max(from_x[i] + to_x[i] for i in range(1, n + 1)))


main()
