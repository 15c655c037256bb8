"""Wrong: applies the given colours to every vertex but vertex 1 (the root keeps all three colours)."""
import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    w1, w2, w3 = [1] * (n + 1), [1] * (n + 1), [1] * (n + 1)
    base = 2 * n
    for i in range(k):
        v, c = int(data[base + 2 * i]), int(data[base + 1 + 2 * i])
        if v != 1:
            w1[v], w2[v], w3[v] = int(c == 1), int(c == 2), int(c == 3)
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
        if p > 0:
            total = w1[x] + w2[x] + w3[x]
            w1[p] = w1[p] * (total - w1[x]) % MOD
            w2[p] = w2[p] * (total - w2[x]) % MOD
            w3[p] = w3[p] * (total - w3[x]) % MOD
    print((w1[1] + w2[1] + w3[1]) % MOD)


main()
