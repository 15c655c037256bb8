"""Too slow: queue-based Bellman-Ford (SPFA) with every source queued at distance 0: a FIFO queue of vertices
whose distance improved, with an in-queue flag. Correct, fast on random graphs, but no bound better than O(N*M)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m, k, q = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[4 + 3 * i]), int(data[5 + 3 * i]), int(data[6 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    rest = data[4 + 3 * m:]
    sources = [int(x) for x in rest[:k]]
    targets = [int(x) for x in rest[k:k + q]]
    INF = 1 << 62
    dist = [INF] * (n + 1)
    queued = [False] * (n + 1)
    queue = deque()
    for s in sources:
        dist[s] = 0
        queued[s] = True
        queue.append(s)
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
    sys.stdout.write("\n".join(str(dist[t]) if dist[t] < INF else "-1" for t in targets) + "\n")


main()
