"""Too slow: queue-based Bellman-Ford (SPFA) from S over the one-way edges: a FIFO queue of vertices whose
distance improved, with an in-queue flag. Correct, fast on random graphs, but with no bound better than O(N*M)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        adj[u].append((v, w))
    INF = 1 << 62
    dist = [INF] * (n + 1)
    dist[s] = 0
    queued = [False] * (n + 1)
    queue = deque([s])
    queued[s] = True
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
    sys.stdout.write("\n".join(str(dist[v]) if dist[v] < INF else "-1" for v in range(1, n + 1)) + "\n")


main()
