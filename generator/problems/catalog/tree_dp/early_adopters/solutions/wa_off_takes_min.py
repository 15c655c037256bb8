"""Wrong: when v is not in the set it still lets each child choose the cheaper state (off[v] = sum of
min(on, off) of the children), so an edge to a child may stay uncovered."""
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
            off[p] += min(on[x], off[x])
    print(min(on[1], off[1]))


main()
