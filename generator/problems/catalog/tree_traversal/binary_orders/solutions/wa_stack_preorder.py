"""Wrong: the preorder pops a plain stack and pushes the left child before the right one, so the right subtree
comes out first; inorder and postorder are right. Otherwise the reference."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left, right = [0] * (n + 1), [0] * (n + 1)
    for i in range(n):
        v, l, r = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        left[v], right[v] = l, r
    pre = []
    plain = [1]
    while plain:
        v = plain.pop()
        pre.append(v)
        for c in (left[v], right[v]):
            if c:
                plain.append(c)
    ino, post = [], []
    stack = [[1, 0]]
    while stack:
        top = stack[-1]
        v = top[0]
        if top[1] == 0:
            top[1] = 1
            if left[v]:
                stack.append([left[v], 0])
        elif top[1] == 1:
            ino.append(v)
            top[1] = 2
            if right[v]:
                stack.append([right[v], 0])
        else:
            post.append(v)
            stack.pop()
    print(" ".join(map(str, pre)))
    print(" ".join(map(str, ino)))
    print(" ".join(map(str, post)))


main()
