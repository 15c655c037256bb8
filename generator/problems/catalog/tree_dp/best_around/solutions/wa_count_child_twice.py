"""Wrong: adds the parent's whole best set to a child without taking out the child's own part, so that part
is counted twice (full[v] = down[v] + max(0, full[p]))."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    down = [0] + [int(t) for t in data[1:n + 1]]
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
    for x in reversed(order):
        p = parent[x]
        if p > 0 and down[x] > 0:
            down[p] += down[x]
    full = down[:]
    for x in order:
        p = parent[x]
        if p > 0:
            up = full[p]
            if up > 0:
                full[x] = down[x] + up
    sys.stdout.write(" ".join(map(str, full[1:])) + "\n")


main()
