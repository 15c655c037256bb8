"""Too slow: Dijkstra with counting, but the next vertex is found by scanning all of them, O(N^2)."""
import sys

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
    ways = [0] * (n + 1)
    done = [False] * (n + 1)
    dist[1] = 0
    ways[1] = 1
    for _ in range(n):
        u, best = -1, INF
        for v in range(1, n + 1):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u < 0:
            break
        done[u] = True
        for v, w in adj[u]:
            nd = best + w
            if nd < dist[v]:
                dist[v] = nd
                ways[v] = ways[u]
            elif nd == dist[v]:
                ways[v] = (ways[v] + ways[u]) % MOD
    print(-1 if dist[n] == INF else f"{dist[n]} {ways[n]}")


main()
