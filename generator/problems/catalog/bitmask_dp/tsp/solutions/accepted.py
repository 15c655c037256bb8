"""Reference (Held-Karp): cost[mask][v] = cheapest path that starts at place 1, visits exactly the places in
`mask` (always containing place 1) and ends at v. The tour closes with the road v -> 1. Only roads with W > 0
exist. O(2^N * N^2); unreachable states are skipped."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    w = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    INF = float("inf")
    full = 1 << n
    roads = [[(u, w[v][u]) for u in range(n) if w[v][u] > 0] for v in range(n)]
    cost = [[INF] * n for _ in range(full)]
    cost[1][0] = 0
    for mask in range(1, full, 2):  # masks without place 1 never occur
        row = cost[mask]
        for v in range(n):
            here = row[v]
            if here == INF:
                continue
            for u, c in roads[v]:
                if not mask >> u & 1:
                    nxt = cost[mask | 1 << u]
                    if here + c < nxt[u]:
                        nxt[u] = here + c
    last = cost[full - 1]
    best = min((last[v] + w[v][0] for v in range(1, n) if w[v][0] > 0), default=INF)
    print(best if best < INF else -1)


main()
