"""Too slow: queue-based Bellman-Ford (SPFA) from vertex 1 remembering the neighbour that last improved each
vertex: a FIFO queue of vertices whose distance improved, with an in-queue flag. Correct, fast on random graphs,
but with no bound better than O(N*M)."""
import sys
from collections import deque


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
    parent = [0] * (n + 1)
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
                parent[v] = u
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    if dist[n] == INF:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(parent[route[-1]])
    route.reverse()
    print(dist[n], len(route))
    print(" ".join(map(str, route)))


main()
