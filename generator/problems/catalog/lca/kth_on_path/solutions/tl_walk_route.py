"""Too slow: climbs parent by parent to the LCA (deeper end first, then both together), writes the route down
and takes its k-th vertex: O(depth) per query, O(N·Q) on a path-like tree."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    adj = [[] for _ in range(n + 1)]
    pos = 1
    for _ in range(n - 1):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        adj[u].append(v)
        adj[v].append(u)
    parent = [0] * (n + 1)
    depth = [0] * (n + 1)
    order = [1]
    seen = [False] * (n + 1)
    seen[1] = True
    for x in order:
        for y in adj[x]:
            if not seen[y]:
                seen[y] = True
                parent[y] = x
                depth[y] = depth[x] + 1
                order.append(y)
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        u, v, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        from_u, from_v = [u], [v]
        while depth[u] > depth[v]:
            u = parent[u]
            from_u.append(u)
        while depth[v] > depth[u]:
            v = parent[v]
            from_v.append(v)
        while u != v:
            u, v = parent[u], parent[v]
            from_u.append(u)
            from_v.append(v)
        route = from_u + from_v[-2::-1]
        out.append(route[k - 1])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
