"""Too slow: the most reliable unfinished vertex is found by scanning every vertex, O(N^2)."""
import sys


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
    done = [False] * (n + 1)
    while True:
        u, d = 0, 0.0
        for x in range(1, n + 1):
            if not done[x] and best[x] > d:
                u, d = x, best[x]
        if u == 0 or u == n:
            break
        done[u] = True
        for v, p in adj[u]:
            nd = d * p
            if nd > best[v]:
                best[v] = nd
    print(f"{best[n]:.10f}")


main()
