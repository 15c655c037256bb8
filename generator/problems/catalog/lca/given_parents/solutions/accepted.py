"""Reference: the root is the one vertex that is nobody's child; a BFS from it over the child lists gives every
depth. A question lifts the deeper vertex one parent at a time to the other's depth, then lifts both together
until they are the same vertex: O(depth) per question, O(N·Q) in all, fine for N, Q <= 1000."""
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
