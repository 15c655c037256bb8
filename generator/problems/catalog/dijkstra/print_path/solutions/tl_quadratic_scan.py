"""Too slow: Dijkstra that finds the next vertex by scanning every vertex, O(N^2)."""
import sys


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
    parent = [0] * (n + 1)
    dist[1] = 0
    done = [False] * (n + 1)
    while True:
        u, d = 0, INF
        for x in range(1, n + 1):
            if not done[x] and dist[x] < d:
                u, d = x, dist[x]
        if u == 0 or u == n:
            break
        done[u] = True
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                parent[v] = u
    if dist[n] == INF:
        print(-1)
        return
    route = [n]
    while route[-1] != 1:
        route.append(parent[route[-1]])
    route.reverse()
    print(dist[n], len(route))
    print(" ".join(map(str, route)))


main()
