"""Too slow: places vertices top-down by subtree sizes (the root's column is the size of its left subtree plus
one, a left child sits the size of its own right subtree plus one to the left of its parent, a right child the
size of its own left subtree plus one to the right), counting each size afresh with a walk: O(N^2) on a chain."""
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

    def size(v):
        count, stack = 0, [v] if v else []
        while stack:
            x = stack.pop()
            count += 1
            stack.extend(c for c in (left[x], right[x]) if c)
        return count

    column, level = [0] * (n + 1), [0] * (n + 1)
    column[root], level[root] = size(left[root]) + 1, 1
    queue = [root]
    for v in queue:
        if left[v]:
            c = left[v]
            column[c], level[c] = column[v] - size(right[c]) - 1, level[v] + 1
            queue.append(c)
        if right[v]:
            c = right[v]
            column[c], level[c] = column[v] + size(left[c]) + 1, level[v] + 1
            queue.append(c)
    low, high = {}, {}
    for v in queue:
        d = level[v]
        low[d] = min(low.get(d, n + 1), column[v])
        high[d] = max(high.get(d, 0), column[v])
    best = max(range(1, max(level) + 1), key=lambda d: (high[d] - low[d], -d))
    print(best, high[best] - low[best] + 1)


main()
