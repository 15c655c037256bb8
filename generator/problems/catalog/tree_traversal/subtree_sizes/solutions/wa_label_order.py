"""Wrong: adds sizes to parents in decreasing label order, as if every child had a larger label than its parent."""
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
    for x in range(n, 0, -1):
        if parent[x] > 0:
            size[parent[x]] += size[x]
    print(" ".join(map(str, size[1:])))


main()
