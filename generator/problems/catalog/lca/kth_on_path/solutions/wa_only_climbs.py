"""Wrong: always climbs k - 1 steps from u, as if the route only went up (it turns down at the LCA).
Otherwise the reference: binary lifting. A BFS from the root gives parents and depths (no recursion: the tree may be a path
of 10^5 vertices); up[j][v] is the 2^j-th ancestor. For a query, w = lca(u, v); the route climbs
a = depth[u] - depth[w] edges from u to w and then descends b = depth[v] - depth[w] edges to v. The k-th vertex is
the (k-1)-th ancestor of u when k - 1 <= a, otherwise the (a + b - (k - 1))-th ancestor of v."""
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
    parent[1] = 1  # the root is its own parent, so lifting past it stays at the root
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
    log = max(1, (n - 1).bit_length())
    up = [parent]
    for _ in range(log - 1):
        prev = up[-1]
        up.append([prev[prev[v]] for v in range(n + 1)])

    def ancestor(v, steps):
        j = 0
        while steps:
            if steps & 1:
                v = up[j][v]
            steps >>= 1
            j += 1
        return v

    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        a, b, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        u, v = (a, b) if depth[a] >= depth[b] else (b, a)
        u = ancestor(u, depth[u] - depth[v])
        if u != v:
            for j in range(log - 1, -1, -1):
                row = up[j]
                if row[u] != row[v]:
                    u, v = row[u], row[v]
            u = parent[u]
        # The LCA (now u) is found but ignored: the route is taken to go only up from a.
        out.append(ancestor(a, k - 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
