"""Too slow: queue-based Bellman-Ford (SPFA) from vertex 1 for the fastest times (a FIFO queue of vertices whose
time improved, with an in-queue flag), then the routes counted over the vertices in order of time. Correct, fast
on random graphs, but the SPFA part has no bound better than O(N*M)."""
import sys
from collections import deque

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
    dist[1] = 0
    queued = [False] * (n + 1)
    queue = deque([1])
    queued[1] = True
    while queue:
        u = queue.popleft()
        queued[u] = False
        d = dist[u]
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    if dist[n] == INF:
        print(-1)
        return
    ways = [0] * (n + 1)
    ways[1] = 1
    for u in sorted((v for v in range(1, n + 1) if dist[v] < INF), key=dist.__getitem__):
        if ways[u]:
            d = dist[u]
            for v, w in adj[u]:
                if d + w == dist[v]:
                    ways[v] = (ways[v] + ways[u]) % MOD
    print(f"{dist[n]} {ways[n]}")


main()
