"""Too slow: queue-based Bellman-Ford (SPFA) from X on the graph and on the reversed graph, with the SLF and LLL deque
heuristics: a vertex whose distance is below the front's joins at the front; the front goes to the back while its
distance is above the queue's average. Correct, and much faster than plain SPFA on the strip test, but still without
a bound better than O(N*M): a few thousand vertices hanging off the graph by links far heavier than its distances
sit in the queue and defeat both heuristics (the giants test)."""
import sys
from collections import deque


def spfa(n, adj, source):
    INF = 1 << 62
    dist = [INF] * (n + 1)
    dist[source] = 0
    queued = [False] * (n + 1)
    queue = deque([source])
    queued[source] = True
    total = sum(dist[v] for v in queue)  # the distances of the queued vertices, for LLL
    while queue:
        while dist[queue[0]] * len(queue) > total:  # LLL: above the queue's average, to the back
            queue.append(queue.popleft())
        u = queue.popleft()
        queued[u] = False
        d = dist[u]
        total -= d
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                if queued[v]:
                    total -= dist[v] - nd
                    dist[v] = nd
                else:
                    dist[v] = nd
                    queued[v] = True
                    total += nd
                    if queue and nd < dist[queue[0]]:  # SLF: below the front's distance, to the front
                        queue.appendleft(v)
                    else:
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
