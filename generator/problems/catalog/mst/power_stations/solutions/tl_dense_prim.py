"""Too slow: array Prim over the N+1 vertices (vertex 0 = the stations), scanning every vertex per step — O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    adj[0] = [(i + 1, int(data[2 + i])) for i in range(n)]
    base = 2 + n
    for i in range(m):
        u, v, w = int(data[base + 3 * i]), int(data[base + 3 * i + 1]), int(data[base + 3 * i + 2])
        adj[u].append((v, w))
        adj[v].append((u, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    done = [False] * (n + 1)
    dist[0] = 0
    total = 0
    for _ in range(n + 1):
        best, x = inf, -1
        for v in range(n + 1):
            if not done[v] and dist[v] < best:
                best, x = dist[v], v
        done[x] = True
        total += best
        for y, w in adj[x]:
            if not done[y] and w < dist[y]:
                dist[y] = w
    print(total)


main()
