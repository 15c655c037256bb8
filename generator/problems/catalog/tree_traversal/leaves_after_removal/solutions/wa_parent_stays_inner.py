"""Wrong: counts the leaves of the original tree that survive, so a parent whose only child was d is not counted
although it became a leaf. Otherwise the reference."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    par = [0] + [int(t) for t in data[1:n + 1]]
    d = int(data[n + 1])
    kids = [[] for _ in range(n + 1)]
    root = 0
    for v in range(1, n + 1):
        if par[v] == 0:
            root = v
        else:
            kids[par[v]].append(v)
    if root == d:
        print(0)
        return
    leaves = 0
    order = [root]
    for x in order:
        if kids[x]:
            order.extend(c for c in kids[x] if c != d)
        else:
            leaves += 1
    print(leaves)


main()
