"""Too slow: queue-based Bellman-Ford (SPFA) from 1, from A and from B: a FIFO queue of vertices whose distance
improved, with an in-queue flag. Correct, fast on random graphs, but with no bound better than O(N*M)."""
import sys
from collections import deque

INF = 1 << 62


def spfa(n, adj, source):
    dist = [INF] * (n + 1)
    dist[source] = 0
    queued = [False] * (n + 1)
    queue = deque([source])
    queued[source] = True
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
    from_1, from_a, from_b = spfa(n, adj, 1), spfa(n, adj, a), spfa(n, adj, b)
    best = INF
    for legs in ((from_1[a], from_a[b], from_b[n]), (from_1[b], from_b[a], from_a[n])):
        if max(legs) < INF:
            best = min(best, sum(legs))
    print(-1 if best == INF else best)


main()
