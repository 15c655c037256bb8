"""Wrong: counts only the leaves strictly below a vertex, so a leaf reports 0 instead of 1."""
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
    has_child = [False] * (n + 1)
    for x in order:
        if parent[x] > 0:
            has_child[parent[x]] = True
    own = [0 if has_child[v] else 1 for v in range(n + 1)]
    leaves = [0] * (n + 1)
    for x in reversed(order):
        p = parent[x]
        if p > 0:
            leaves[p] += leaves[x] + own[x]
    print(" ".join(map(str, leaves[1:])))


main()
