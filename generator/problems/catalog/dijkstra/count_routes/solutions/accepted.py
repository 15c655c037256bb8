"""Reference: Dijkstra from vertex 1 that also counts routes. A strictly shorter arrival resets the count of v to
the count of u, an equal one adds it; a vertex's count is final when it is popped with its true distance, because
every edge weighs at least 1, so all its predecessors on fastest routes were popped before it."""
import sys
from heapq import heappop, heappush

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = 1 << 62
    dist = [INF] * (n + 1)
    ways = [0] * (n + 1)
    dist[1] = 0
    ways[1] = 1
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                ways[v] = ways[u]
                heappush(heap, (nd, v))
            elif nd == dist[v]:
                ways[v] = (ways[v] + ways[u]) % MOD
    print(-1 if dist[n] == INF else f"{dist[n]} {ways[n]}")


main()
