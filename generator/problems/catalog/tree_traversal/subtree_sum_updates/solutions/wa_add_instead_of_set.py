"""Wrong: treats `1 v x` as adding x to the value instead of setting it to x. Otherwise the
reference: Euler tour + Fenwick tree. An explicit-stack DFS from the root numbers the vertices in preorder
(tin); a subtree is then the contiguous block tin[v] .. tin[v] + size[v] - 1, sizes accumulated children-first.
A Fenwick tree over the preorder positions makes a set a point update (add new - old) and a subtree sum two
prefix sums: O((N + Q) log N), no recursion (the tree may be a path of 10^5 vertices)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    val = [0] + [int(t) for t in data[2:n + 2]]
    adj = [[] for _ in range(n + 1)]
    pos = n + 2
    for _ in range(n - 1):
        u, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        adj[u].append(v)
        adj[v].append(u)
    tin = [0] * (n + 1)
    parent = [0] * (n + 1)
    order = []
    stack = [1]
    parent[1] = -1
    while stack:
        x = stack.pop()
        tin[x] = len(order) + 1
        order.append(x)
        for y in adj[x]:
            if y != parent[x]:
                parent[y] = x
                stack.append(y)
    size = [1] * (n + 1)
    for x in reversed(order):
        if parent[x] > 0:
            size[parent[x]] += size[x]
    tree = [0] * (n + 1)
    for x in range(1, n + 1):
        tree[tin[x]] = val[x]
    for i in range(1, n + 1):  # build the Fenwick tree in O(N)
        j = i + (i & -i)
        if j <= n:
            tree[j] += tree[i]
    out = []
    for _ in range(q):
        if data[pos] == b"1":
            v, x = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            delta = x
            val[v] += x
            i = tin[v]
            while i <= n:
                tree[i] += delta
                i += i & -i
        else:
            v = int(data[pos + 1])
            pos += 2
            total = 0
            i = tin[v] + size[v] - 1
            while i > 0:
                total += tree[i]
                i -= i & -i
            i = tin[v] - 1
            while i > 0:
                total -= tree[i]
                i -= i & -i
            out.append(total)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
