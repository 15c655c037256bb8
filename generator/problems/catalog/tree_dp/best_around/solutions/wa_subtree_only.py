"""Wrong: no rerooting - answers down[v], the best set around v inside its own subtree (right for vertex 1
only)."""
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
    sys.stdout.write(" ".join(map(str, full[1:])) + "\n")


main()
