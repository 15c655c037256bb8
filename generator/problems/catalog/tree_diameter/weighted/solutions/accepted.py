"""Reference: two sweeps with an explicit stack (no recursion: paths have 2*10^5 vertices). Weights are
positive, so the vertex farthest (by length) from any start is an end of a heaviest path."""
import sys


def farthest(adj, n, start):
    dist = [-1] * (n + 1)
    dist[start] = 0
    stack = [start]
    best = start
    while stack:
        x = stack.pop()
        if dist[x] > dist[best]:
            best = x
        for y, w in adj[x]:
            if dist[y] == -1:
                dist[y] = dist[x] + w
                stack.append(y)
    return best, dist[best]


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v, w = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    end, _ = farthest(adj, n, 1)
    _, length = farthest(adj, n, end)
    print(length)


main()
