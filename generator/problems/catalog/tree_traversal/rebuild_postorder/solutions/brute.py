"""Obviously correct (small trees): the textbook recursion on list slices: root, split the inorder at the root,
solve both halves, root last."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n = int(data[0])
pre, ino = data[1:n + 1], data[n + 1:2 * n + 1]


def post(pre, ino):
    if not pre:
        return []
    root = pre[0]
    k = ino.index(root)
    return post(pre[1:k + 1], ino[:k]) + post(pre[k + 1:], ino[k + 1:]) + [root]


print(" ".join(post(pre, ino)))
