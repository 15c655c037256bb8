"""Wrong: finds the route with the fastest edges first and only then adds the checks along it."""
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
    parent = [0] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                parent[v] = u
                heappush(heap, (nd, v))
    if dist[n] == INF:
        print(-1)
        return
    total, v = dist[n], n
    while v != 1:
        total += fee[v]
        v = parent[v]
    print(total)


main()
