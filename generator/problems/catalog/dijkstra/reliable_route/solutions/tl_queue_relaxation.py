"""Too slow: queue-based Bellman-Ford (SPFA). Correct, and fast on random graphs, but on a grid a few rows high
with strong links better values creep along the strip and the same vertices are improved and queued again and
again (about 10^7 relaxations on the strip test)."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for e in range(m):
        u, v, p = int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])
        adj[u].append((v, p / 100))
        adj[v].append((u, p / 100))
    best = [0.0] * (n + 1)
    best[1] = 1.0
    queued = [False] * (n + 1)
    queue = deque([1])
    queued[1] = True
    while queue:
        u = queue.popleft()
        queued[u] = False
        bu = best[u]
        for v, q in adj[u]:
            if bu * q > best[v]:
                best[v] = bu * q
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    print(f"{best[n]:.10f}")


main()
