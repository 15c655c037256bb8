"""Reference: the three depth-first orders with one explicit stack (no recursion). Each vertex is pushed with a
visit counter: on the first visit it is written to the preorder and its left child is pushed, on the second to
the inorder and its right child is pushed, on the third to the postorder and it is popped."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left, right = [0] * (n + 1), [0] * (n + 1)
    for i in range(n):
        v, l, r = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        left[v], right[v] = l, r
    pre, ino, post = [], [], []
    stack = [[1, 0]]
    while stack:
        top = stack[-1]
        v = top[0]
        if top[1] == 0:
            pre.append(v)
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
