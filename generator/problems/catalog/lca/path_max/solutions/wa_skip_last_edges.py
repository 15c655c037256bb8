"""Wrong: stops at the children of the LCA and forgets the two edges that enter the LCA itself. Otherwise the
reference: binary lifting that carries an aggregate. up[k][v] is the 2^k-th ancestor of v and best[k][v] the
largest edge value on the 2^k edges climbed to reach it. A query lifts the deeper vertex to the other's depth,
then both by decreasing powers while their ancestors differ, taking the maximum of every jump; the two edges
into the LCA itself are taken last. BFS (not recursion): the tree may be a path of 10^5 vertices."""
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
    weight = [0] * (n + 1)  # value of the edge to the parent (0 for the root: values are >= 1)
    depth = [0] * (n + 1)
    parent[1] = 1
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
    log = max(1, (n - 1).bit_length())
    up, best = [parent], [weight]
    for _ in range(log - 1):
        pu, pb = up[-1], best[-1]
        up.append([pu[pu[v]] for v in range(n + 1)])
        best.append([a if a > b else b for a, b in zip(pb, [pb[pu[v]] for v in range(n + 1)])])
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        if depth[u] < depth[v]:
            u, v = v, u
        diff = depth[u] - depth[v]
        result = 0
        k = 0
        while diff:
            if diff & 1:
                if best[k][u] > result:
                    result = best[k][u]
                u = up[k][u]
            diff >>= 1
            k += 1
        if u != v:
            for k in range(log - 1, -1, -1):
                row = up[k]
                if row[u] != row[v]:
                    b = best[k]
                    if b[u] > result:
                        result = b[u]
                    if b[v] > result:
                        result = b[v]
                    u, v = row[u], row[v]
        out.append(result)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
