"""Wrong: skipping an item moves on to the next position instead of jumping over its whole subtree, so a
descendant can be taken without its skipped ancestor."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    parent, weight, value = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    children = [[] for _ in range(n + 1)]
    for i in range(1, n + 1):
        parent[i], weight[i], value[i] = (int(x) for x in data[3 * i - 1:3 * i + 2])
        children[parent[i]].append(i)
    order, stack = [], list(reversed(children[0]))
    while stack:
        u = stack.pop()
        order.append(u)
        stack.extend(reversed(children[u]))
    best = [None] * (n + 1)
    best[n] = [0] * (cap + 1)
    for k in range(n - 1, -1, -1):
        u = order[k]
        w, v = weight[u], value[u]
        row = best[k + 1][:]
        if w <= cap:
            after = best[k + 1]
            row[w:] = [a if a >= b + v else b + v for a, b in zip(row[w:], after)]
        best[k] = row
    print(best[0][cap])


main()
