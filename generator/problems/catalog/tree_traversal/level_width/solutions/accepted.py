"""Reference: the root is the one vertex nobody names as a child. A breadth-first walk gives every vertex its
level; an iterative inorder walk (left subtree, vertex, right subtree; no recursion, chains are 10^5 deep) gives
its column. Each level keeps its smallest and largest column; the widest level wins, the smallest on a tie. O(N)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    left, right = [0] * (n + 1), [0] * (n + 1)
    is_child = [False] * (n + 1)
    for i in range(n):
        v, l, r = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        left[v], right[v] = l, r
        is_child[l] = is_child[r] = True
    root = next(v for v in range(1, n + 1) if not is_child[v])
    level = [0] * (n + 1)
    level[root] = 1
    queue = [root]
    for v in queue:
        for c in (left[v], right[v]):
            if c:
                level[c] = level[v] + 1
                queue.append(c)
    depth = max(level)
    low, high = [n + 1] * (depth + 1), [0] * (depth + 1)
    stack, v, column = [], root, 0
    while stack or v:
        while v:
            stack.append(v)
            v = left[v]
        v = stack.pop()
        column += 1
        d = level[v]
        if column < low[d]:
            low[d] = column
        if column > high[d]:
            high[d] = column
        v = right[v]
    best_level, best_width = 1, 0
    for d in range(1, depth + 1):
        if high[d] - low[d] + 1 > best_width:
            best_level, best_width = d, high[d] - low[d] + 1
    print(best_level, best_width)


main()
