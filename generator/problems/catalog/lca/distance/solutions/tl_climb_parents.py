"""Too slow: climbs parent by parent (deeper vertex first, then both together), adding edge values on the way:
O(depth) per query, O(N·Q) on a path-like tree."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    pos = 1
    for _ in range(n - 1):
        u, v, w = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        adj[u].append((v, w))
        adj[v].append((u, w))
    parent = [0] * (n + 1)
    weight = [0] * (n + 1)
    depth = [0] * (n + 1)
    order = [1]
    seen = [False] * (n + 1)
    seen[1] = True
    for x in order:
        for y, w in adj[x]:
            if not seen[y]:
                seen[y] = True
                parent[y] = x
                weight[y] = w
                depth[y] = depth[x] + 1
                order.append(y)
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        total = 0
        while depth[u] > depth[v]:
            total += weight[u]
            u = parent[u]
        while depth[v] > depth[u]:
            total += weight[v]
            v = parent[v]
        while u != v:
            total += weight[u] + weight[v]
            u, v = parent[u], parent[v]
        out.append(total)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
