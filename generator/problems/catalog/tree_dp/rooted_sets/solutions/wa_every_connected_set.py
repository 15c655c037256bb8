"""Wrong: counts every connected set of the tree (the sum of ways[v] over all v), not only those containing
vertex 1."""
import sys

MOD = 1_000_000_007


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
    ways = [1] * (n + 1)
    for x in reversed(order):
        p = parent[x]
        if p > 0:
            ways[p] = ways[p] * (ways[x] + 1) % MOD
    print(sum(ways[1:]) % MOD)


main()
