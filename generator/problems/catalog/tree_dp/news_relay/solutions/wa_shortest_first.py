"""Wrong: calls the quickest children first (ascending times), as if short jobs first helped here."""
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
    time = [0] * (n + 1)
    for x in reversed(order):
        kids = sorted(time[y] for y in adj[x] if y != parent[x])
        best = 0
        for i, t in enumerate(kids, 1):
            if i + t > best:
                best = i + t
        time[x] = best
    print(time[1])


main()
