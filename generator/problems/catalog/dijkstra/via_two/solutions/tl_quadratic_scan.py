"""Too slow: the three Dijkstras pick the next vertex by scanning all of them, O(N^2) each."""
import sys

INF = 1 << 62


def dijkstra(n, adj, source):
    dist = [INF] * (n + 1)
    done = [False] * (n + 1)
    dist[source] = 0
    for _ in range(n):
        u, best = -1, INF
        for v in range(1, n + 1):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u < 0:
            break
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    a, b = int(data[2 + 3 * m]), int(data[3 + 3 * m])
    from_1, from_a, from_b = dijkstra(n, adj, 1), dijkstra(n, adj, a), dijkstra(n, adj, b)
    best = INF
    for legs in ((from_1[a], from_a[b], from_b[n]), (from_1[b], from_b[a], from_a[n])):
        if max(legs) < INF:
            best = min(best, sum(legs))
    print(-1 if best == INF else best)


main()
