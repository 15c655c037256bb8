"""Reference: two states per vertex, children first (reverse BFS order). on[v] = 1 + sum of min(on, off) of the
children (v is in the set, each child is free); off[v] = sum of on[child] (v is not in the set, so every edge to
a child needs the child)."""
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
    on, off = [1] * (n + 1), [0] * (n + 1)
    for x in reversed(order):
        p = parent[x]
        if p > 0:
            on[p] += min(on[x], off[x])
            off[p] += on[x]
    print(min(on[1], off[1]))


main()
