"""Too slow: queue-based Bellman-Ford (SPFA) over (vertex, free edge used) states: a FIFO queue of states whose
distance improved, with an in-queue flag. Correct, fast on random graphs, but no bound better than O(N*M)."""
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
    shift = n + 1
    dist = [INF] * (2 * shift)
    dist[1] = 0
    queued = [False] * (2 * shift)
    queue = deque([1])
    queued[1] = True
    while queue:
        state = queue.popleft()
        queued[state] = False
        d = dist[state]
        if state < shift:
            for v, w in adj[state]:
                nd = d + w
                if nd < dist[v]:
                    dist[v] = nd
                    if not queued[v]:
                        queued[v] = True
                        queue.append(v)
                if d < dist[v + shift]:
                    dist[v + shift] = d
                    if not queued[v + shift]:
                        queued[v + shift] = True
                        queue.append(v + shift)
        else:
            for v, w in adj[state - shift]:
                nd = d + w
                v += shift
                if nd < dist[v]:
                    dist[v] = nd
                    if not queued[v]:
                        queued[v] = True
                        queue.append(v)
    best = min(dist[n], dist[n + shift])
    print(best if best < INF else -1)


main()
