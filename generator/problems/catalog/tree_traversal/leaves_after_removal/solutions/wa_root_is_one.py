"""Wrong: takes vertex 1 as the root (the root is the vertex whose parent is 0). Otherwise the reference."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    par = [0] + [int(t) for t in data[1:n + 1]]
    d = int(data[n + 1])
    kids = [[] for _ in range(n + 1)]
    root = 1
    for v in range(1, n + 1):
        if par[v] and v != d:
            kids[par[v]].append(v)
    if root == d:
        print(0)
        return
    leaves = 0
    order = [root]
    for x in order:
        if kids[x]:
            order.extend(kids[x])
        else:
            leaves += 1
    print(leaves)


main()
