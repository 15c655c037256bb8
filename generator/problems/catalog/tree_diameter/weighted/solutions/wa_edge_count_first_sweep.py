"""Wrong: the first sweep picks the vertex with the most edges from vertex 1 (weights ignored), which need not be
an end of the heaviest path; only the second sweep uses lengths."""
import sys


def farthest(adj, n, start, weighted):
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
                dist[y] = dist[x] + (w if weighted else 1)
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
    end, _ = farthest(adj, n, 1, False)
    _, length = farthest(adj, n, end, True)
    print(length)


main()
