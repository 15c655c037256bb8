"""Wrong: the greedy shortcut - choose every vertex at even depth or every vertex at odd depth, whichever is
heavier."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [0] + [int(t) for t in data[1:n + 1]]
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[n + 1 + 2 * i]), int(data[n + 2 + 2 * i])
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
    total = [0, 0]
    for x in order:
        if parent[x] > 0:
            depth[x] = depth[parent[x]] + 1
        total[depth[x] % 2] += a[x]
    print(max(total))


main()
