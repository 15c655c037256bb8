"""Wrong: lifts both vertices together from the start, without first bringing the deeper one to the other's
depth, so two vertices at different depths pass their meeting point and stop only at the root. Otherwise the
reference (the root is its own parent here, so the walk stops there)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    parent = [0] * (n + 1)
    children = [[] for _ in range(n + 1)]
    pos = 1
    for _ in range(n - 1):
        p, c = int(data[pos]), int(data[pos + 1])
        pos += 2
        parent[c] = p
        children[p].append(c)
    root = next(v for v in range(1, n + 1) if parent[v] == 0)
    parent[root] = root
    depth = [0] * (n + 1)
    order = [root]
    for x in order:
        for y in children[x]:
            depth[y] = depth[x] + 1
            order.append(y)
    q = int(data[pos])
    pos += 1
    out = []
    for _ in range(q):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        while u != v:
            u, v = parent[u], parent[v]
        out.append(u)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
