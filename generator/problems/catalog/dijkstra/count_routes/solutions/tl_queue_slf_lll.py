"""Too slow: queue-based Bellman-Ford (SPFA) for the fastest times (the routes then counted in order of time), with the
SLF and LLL deque heuristics: a vertex whose distance is below the front's joins at the front; the front goes to the
back while its distance is above the queue's average. Correct, and much faster than plain SPFA on the strip test,
but still without a bound better than O(N*M): a few thousand vertices hanging off the graph by links far heavier
than its distances sit in the queue and defeat both heuristics (the giants test)."""
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
