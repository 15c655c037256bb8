"""Wrong: the level shortcut - take every vertex at even depth or every vertex at odd depth, whichever is
fewer (each such set covers every edge, but is not always the smallest)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    parent = [0] * (n + 1)
    parent[1] = -1
    order = [1]
    for x in order:  # BFS: the list grows while it is read
        for y in adj[x]:
            if parent[y] == 0:
                parent[y] = x
                order.append(y)
    depth = [0] * (n + 1)
    count = [0, 0]
    for x in order:
        if parent[x] > 0:
            depth[x] = depth[parent[x]] + 1
        count[depth[x] % 2] += 1
    print(min(count) if n > 1 else 0)


main()
