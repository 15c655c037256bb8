"""Too slow: queue-based Bellman-Ford (SPFA) from X on the graph and on the reversed graph: a FIFO queue of
vertices whose distance improved, with an in-queue flag. Correct, fast on random graphs, but no bound better
than O(N*M)."""
import sys
from collections import deque


def spfa(n, adj, source):
    INF = 1 << 62
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
    n, m, x = int(data[0]), int(data[1]), int(data[2])
    forward = [[] for _ in range(n + 1)]
    backward = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        forward[u].append((v, w))
        backward[v].append((u, w))
    from_x = spfa(n, forward, x)
    to_x = spfa(n, backward, x)
    print(max(from_x[i] + to_x[i] for i in range(1, n + 1)))


main()
