"""Too slow: counts every vertex's subtree with its own search below it (O(N * depth), quadratic on a path)."""
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
    size = [0] * (n + 1)
    for v in range(1, n + 1):
        stack, count = [v], 0
        while stack:
            x = stack.pop()
            count += 1
            for y in adj[x]:
                if y != parent[x]:
                    stack.append(y)
        size[v] = count
    print(" ".join(map(str, size[1:])))


main()
