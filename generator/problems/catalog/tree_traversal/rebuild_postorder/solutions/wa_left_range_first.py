"""Wrong: works on the left range before the right one and still reverses, which gives
right-left-root instead of left-right-root. Otherwise the reference: the first vertex of a preorder range is the root; its place in the inorder splits the range into
the left subtree (k vertices) and the right one. An explicit stack of ranges (the tree may be a chain of 10^5
vertices, too deep for recursion) writes every root and then works on its right range before its left one; that
gives root-right-left order, and its reverse is left-right-root: the postorder."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pre = data[1:n + 1]
    ino = data[n + 1:2 * n + 1]
    pos = {v: i for i, v in enumerate(ino)}
    out = []
    stack = [(0, 0, n)]
    while stack:
        pl, il, size = stack.pop()
        root = pre[pl]
        out.append(root)
        k = pos[root] - il
        if size - k - 1 > 0:
            stack.append((pl + 1 + k, il + k + 1, size - k - 1))
        if k > 0:
            stack.append((pl + 1, il, k))
    out.reverse()
    sys.stdout.write(b" ".join(out).decode() + "\n")


main()
