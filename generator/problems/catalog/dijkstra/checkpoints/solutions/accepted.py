"""Reference: the check of a vertex is paid on arriving there, so the edge u -> v costs w + c[v]; plain Dijkstra
from vertex 1 on those costs."""
import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    fee = [0] + [int(t) for t in data[2:2 + n]]
    base = 2 + n
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[base + 3 * i]), int(data[base + 1 + 3 * i]), int(data[base + 2 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = 1 << 62
    dist = [INF] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w + fee[v]
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    print(-1 if dist[n] == INF else dist[n])


main()
