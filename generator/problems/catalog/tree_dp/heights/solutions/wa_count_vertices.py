"""Wrong: counts the vertices on the longest downward path instead of its edges (a childless vertex gets 1)."""
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
    height = [1] * (n + 1)
    for x in reversed(order):
        p = parent[x]
        if p > 0 and height[x] + 1 > height[p]:
            height[p] = height[x] + 1
    print(" ".join(map(str, height[1:])))


main()
