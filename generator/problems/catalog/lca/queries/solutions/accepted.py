"""Reference: binary lifting. A BFS from the root gives parents and depths (no recursion: the tree may be a path
of 10^5 vertices); up[k][v] is the 2^k-th ancestor. A query lifts the deeper vertex to the other's depth, then
lifts both by decreasing powers while their ancestors differ; the answer is then the common parent."""
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
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        if depth[u] < depth[v]:
            u, v = v, u
        diff = depth[u] - depth[v]
        k = 0
        while diff:
            if diff & 1:
                u = up[k][u]
            diff >>= 1
            k += 1
        if u != v:
            for k in range(log - 1, -1, -1):
                row = up[k]
                if row[u] != row[v]:
                    u, v = row[u], row[v]
            u = parent[u]
        out.append(u)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
