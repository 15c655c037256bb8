"""Too slow: walks from v up the parent links until it meets u or passes the root (O(depth) per question)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(n - 1):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    base = 2 + 2 * (n - 1)
    parent = [0] * (n + 1)
    parent[1] = -1
    order = [1]
    for x in order:
        for y in adj[x]:
            if parent[y] == 0:
                parent[y] = x
                order.append(y)
    out = []
    for k in range(q):
        u, v = int(data[base + 2 * k]), int(data[base + 2 * k + 1])
        x = v
        while x > 0 and x != u:
            x = parent[x]
        out.append("YES" if x == u else "NO")
    print("\n".join(out))


main()
