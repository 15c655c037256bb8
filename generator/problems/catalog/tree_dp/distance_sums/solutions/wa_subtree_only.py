"""Wrong: no rerooting - sums the distances from v to the vertices of its own subtree only (right for the root
alone)."""
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
    depth = [0] * (n + 1)
    order = [1]
    for x in order:  # BFS: the list grows while it is read
        for y in adj[x]:
            if parent[y] == 0:
                parent[y] = x
                depth[y] = depth[x] + 1
                order.append(y)
    size = [1] * (n + 1)
    for x in reversed(order):
        if parent[x] > 0:
            size[parent[x]] += size[x]
    total = [0] * (n + 1)  # distances to the vertices of the own subtree only
    for x in reversed(order):
        if parent[x] > 0:
            total[parent[x]] += total[x] + size[x]
    sys.stdout.write(" ".join(map(str, total[1:])) + "\n")


main()
