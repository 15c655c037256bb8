"""Wrong: calls the children with the most people below them first (largest subtree first), as if a big subtree
always needed the most time. A path is small but slow, a bushy subtree big but quick."""
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
    time = [0] * (n + 1)
    for x in reversed(order):
        kids = sorted((y for y in adj[x] if y != parent[x]), key=lambda y: -size[y])
        best = 0
        for i, y in enumerate(kids, 1):
            if i + time[y] > best:
                best = i + time[y]
            size[x] += size[y]
        time[x] = best
    print(time[1])


main()
