"""Too slow: the same ranges, but the root is looked up in the inorder by a scan of its range instead of a
position table: O(N^2) when roots sit at the far end of their ranges (a left chain)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pre = [int(t) for t in data[1:n + 1]]
    ino = [int(t) for t in data[n + 1:2 * n + 1]]
    out = []
    stack = [(0, 0, n)]
    while stack:
        pl, il, size = stack.pop()
        root = pre[pl]
        out.append(root)
        i = il
        while ino[i] != root:
            i += 1
        k = i - il
        if k > 0:
            stack.append((pl + 1, il, k))
        if size - k - 1 > 0:
            stack.append((pl + 1 + k, il + k + 1, size - k - 1))
    out.reverse()
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
