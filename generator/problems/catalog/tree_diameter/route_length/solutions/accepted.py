"""Reference: one BFS from s over the tree; the distance recorded for t is the answer."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    s, t = int(data[2 * n - 1]), int(data[2 * n])
    dist = [-1] * (n + 1)
    dist[s] = 0
    queue = [s]
    for x in queue:
        for y in adj[x]:
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    print(dist[t])


main()
