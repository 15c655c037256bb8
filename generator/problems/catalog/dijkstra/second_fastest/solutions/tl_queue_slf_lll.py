"""Too slow: queue-based Bellman-Ford (SPFA) with two labels per vertex (SLF and LLL on the fastest one), with the SLF
and LLL deque heuristics: a vertex whose distance is below the front's joins at the front; the front goes to the
back while its distance is above the queue's average. Correct, and much faster than plain SPFA on the strip test,
but still without a bound better than O(N*M): a few thousand vertices hanging off the graph by links far heavier
than its distances sit in the queue and defeat both heuristics (the giants test)."""
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
    first = [INF] * (n + 1)
    second = [INF] * (n + 1)
    first[1] = 0
    queued = [False] * (n + 1)
    queue = deque([1])
    queued[1] = True
    total = 0  # the first labels of the queued vertices, for LLL
    while queue:
        while first[queue[0]] * len(queue) > total:  # LLL: above the queue's average, to the back
            queue.append(queue.popleft())
        u = queue.popleft()
        queued[u] = False
        total -= first[u]
        for d in (first[u], second[u]):
            if d == INF:
                continue
            for v, w in adj[u]:
                nd = d + w
                changed = False
                if nd < first[v]:
                    if queued[v]:
                        total -= first[v] - nd
                    first[v], nd = nd, first[v]
                    changed = True
                if first[v] < nd < second[v]:
                    second[v] = nd
                    changed = True
                if changed and not queued[v]:
                    queued[v] = True
                    total += first[v]
                    if queue and first[v] < first[queue[0]]:  # SLF: below the front's time, to the front
                        queue.appendleft(v)
                    else:
                        queue.append(v)
    print(-1 if first[n] == INF else second[n])


main()
