"""Reference: children lists that leave out the removed vertex d (so its parent loses that child), then one
traversal from the root with an explicit queue, which never enters d's subtree; a reached vertex without
children is a leaf. Removing the root leaves nothing: 0."""
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
        elif v != d:
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
