"""Wrong: charges each edge with the child vertex's own surplus or shortage |c[v] - 1| instead of its whole
subtree's, as if coins only ever moved one edge."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    excess = [0] + [int(t) - 1 for t in data[1:n + 1]]
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
    moves = 0
    for x in reversed(order):
        p = parent[x]
        if p > 0:
            moves += abs(int(data[x]) - 1)
            excess[p] += excess[x]
    print(moves)


main()
