"""Too slow: a sweep from every vertex, each giving that vertex's farthest distance (O(N^2))."""
import sys


def sweep(adj, n, start):
    dist = [-1] * (n + 1)
    dist[start] = 0
    stack = [start]
    while stack:
        x = stack.pop()
        for y, w in adj[x]:
            if dist[y] == -1:
                dist[y] = dist[x] + w
                stack.append(y)
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v, w = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    print(" ".join(str(max(sweep(adj, n, v))) for v in range(1, n + 1)))


main()
