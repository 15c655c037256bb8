"""Wrong: takes vertex 1 as the root, as in most tree problems, and runs the depth BFS from it; when the root is
another vertex, the vertices outside 1's subtree keep depth 0 and the depths are compared wrongly. Otherwise the
reference: lift the deeper vertex to the other's depth, then both together until they meet."""
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
    root = 1
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
        while depth[u] > depth[v]:
            u = parent[u]
        while depth[v] > depth[u]:
            v = parent[v]
        while u != v:
            u, v = parent[u], parent[v]
        out.append(u)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
