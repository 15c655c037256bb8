"""Wrong: brings the two ends level by their weighted root distance instead of their depth (the two
arrays mixed up), so the pair that climbs together is not at one depth. Otherwise the reference: binary lifting for the LCA plus root distances. A BFS from the root gives parents, depths (edge
counts) and dist[v], the total value of the edges from the root to v (no recursion: the tree may be a path of
10^5 vertices). The distance between u and v is dist[u] + dist[v] - 2 * dist[lca(u, v)]."""
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
    depth = [0] * (n + 1)
    dist = [0] * (n + 1)
    parent[1] = 1  # the root is its own parent, so lifting past it stays at the root
    order = [1]
    seen = [False] * (n + 1)
    seen[1] = True
    for x in order:
        for y, w in adj[x]:
            if not seen[y]:
                seen[y] = True
                parent[y] = x
                depth[y] = depth[x] + 1
                dist[y] = dist[x] + w
                order.append(y)
    log = max(1, (n - 1).bit_length())
    up = [parent]
    for _ in range(log - 1):
        prev = up[-1]
        up.append([prev[prev[v]] for v in range(n + 1)])
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        a, b = int(data[pos]), int(data[pos + 1])
        pos += 2
        u, v = (a, b) if dist[a] >= dist[b] else (b, a)
        for k in range(log - 1, -1, -1):
            if dist[up[k][u]] >= dist[v]:
                u = up[k][u]
        if u != v:
            for k in range(log - 1, -1, -1):
                row = up[k]
                if row[u] != row[v]:
                    u, v = row[u], row[v]
            u = parent[u]
        out.append(dist[a] + dist[b] - 2 * dist[u])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
