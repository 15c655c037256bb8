"""Too slow: queue-based Bellman-Ford (SPFA) with two labels per vertex (the fastest time and the fastest time
strictly greater): a vertex whose labels changed is queued (in-queue flag) and, taken off, extends both labels
along every edge. Correct, fast on random graphs, but with no bound better than O(N*M)."""
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
    while queue:
        u = queue.popleft()
        queued[u] = False
        for d in (first[u], second[u]):
            if d == INF:
                continue
            for v, w in adj[u]:
                nd = d + w
                changed = False
                if nd < first[v]:
                    first[v], nd = nd, first[v]
                    changed = True
                if first[v] < nd < second[v]:
                    second[v] = nd
                    changed = True
                if changed and not queued[v]:
                    queued[v] = True
                    queue.append(v)
    print(-1 if first[n] == INF else second[n])


main()
