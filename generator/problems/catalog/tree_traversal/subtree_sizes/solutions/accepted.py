"""Reference: BFS order from the root; walking it backwards, every vertex adds its finished size to its parent."""
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
    size = [1] * (n + 1)
    for x in reversed(order):
        if parent[x] > 0:
            size[parent[x]] += size[x]
    print(" ".join(map(str, size[1:])))


main()
