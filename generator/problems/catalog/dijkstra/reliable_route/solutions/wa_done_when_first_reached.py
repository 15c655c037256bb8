"""Wrong: stops as soon as N gets its first value, before a better route can improve it."""
import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, p = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i]) / 100
        adj[u].append((v, p))
        adj[v].append((u, p))
    best = [0.0] * (n + 1)
    best[1] = 1.0
    heap = [(-1.0, 1)]
    while heap:
        d, u = heappop(heap)
        d = -d
        if d < best[u]:
            continue
        if u == n:
            break
        for v, p in adj[u]:
            nd = d * p
            if nd > best[v]:
                best[v] = nd
                if v == n:
                    heap = []
                    break
                heappush(heap, (-nd, v))
    print(f"{best[n]:.10f}")


main()
