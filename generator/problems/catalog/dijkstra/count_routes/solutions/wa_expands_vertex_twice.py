"""Wrong: no stale-entry check and the relaxation reads dist[u], so a vertex pushed twice is expanded
twice and passes its count on twice (harmless for distances, wrong for counts)."""
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
        for v, w in adj[u]:
            nd = dist[u] + w
            if nd < dist[v]:
                dist[v] = nd
                ways[v] = ways[u]
                heappush(heap, (nd, v))
            elif nd == dist[v]:
                ways[v] = (ways[v] + ways[u]) % MOD
    print(-1 if dist[n] == INF else f"{dist[n]} {ways[n]}")


main()
