"""Too slow: queue-based Bellman-Ford (SPFA) for the largest product, with the SLF and LLL deque heuristics: a vertex
whose value is above the front's joins at the front; the front goes to the back while its value is below the
queue's average. Correct, and much faster than plain SPFA on the strip test, but still without a bound better than
O(N*M): a few thousand vertices hanging off the strip by 1 % links sit in the queue and defeat both heuristics (the
giants test)."""
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
    total = 1.0  # the values of the queued vertices, for LLL
    while queue:
        for _ in range(len(queue)):  # LLL: below the queue's average, to the back (once round at most: the float
            # total drifts, and an unbounded loop could turn forever)
            if best[queue[0]] * len(queue) >= total:
                break
            queue.append(queue.popleft())
        u = queue.popleft()
        queued[u] = False
        bu = best[u]
        total -= bu
        for v, q in adj[u]:
            nv = bu * q
            if nv > best[v]:
                if queued[v]:
                    total += nv - best[v]
                    best[v] = nv
                else:
                    best[v] = nv
                    queued[v] = True
                    total += nv
                    if queue and nv > best[queue[0]]:  # SLF: above the front's value, to the front
                        queue.appendleft(v)
                    else:
                        queue.append(v)
    print(f"{best[n]:.10f}")


main()
