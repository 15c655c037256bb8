"""Too slow: queue-based Bellman-Ford (SPFA) over (vertex, free edge used) states, with the SLF and LLL deque
heuristics: a vertex whose distance is below the front's joins at the front; the front goes to the back while its
distance is above the queue's average. Correct, and much faster than plain SPFA on the strip test, but still without
a bound better than O(N*M): a few thousand vertices hanging off the graph by links far heavier than its distances
sit in the queue and defeat both heuristics (the giants test)."""
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
    total = 0  # the distances of the queued states, for LLL

    def push(x, nd):
        nonlocal total
        if queued[x]:
            total -= dist[x] - nd
            dist[x] = nd
        else:
            dist[x] = nd
            queued[x] = True
            total += nd
            if queue and nd < dist[queue[0]]:  # SLF: below the front's distance, to the front
                queue.appendleft(x)
            else:
                queue.append(x)

    while queue:
        while dist[queue[0]] * len(queue) > total:  # LLL: above the queue's average, to the back
            queue.append(queue.popleft())
        state = queue.popleft()
        queued[state] = False
        d = dist[state]
        total -= d
        if state < shift:
            for v, w in adj[state]:
                nd = d + w
                if nd < dist[v]:
                    push(v, nd)
                if d < dist[v + shift]:
                    push(v + shift, d)
        else:
            for v, w in adj[state - shift]:
                nd = d + w
                v += shift
                if nd < dist[v]:
                    push(v, nd)
    best = min(dist[n], dist[n + shift])
    print(best if best < INF else -1)


main()
