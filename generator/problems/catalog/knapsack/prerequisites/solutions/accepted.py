"""Knapsack where an item needs its parent: list the items in preorder of the forest (iteratively), so the
descendants of the item at position i are exactly positions i+1 .. end[i]-1. best[i][c] = largest value from
positions i.. with capacity c, when every ancestor of position i is taken: either skip position i together with
its whole subtree (best[end[i]]), or take it and go on to position i+1 (best[i+1] shifted by its weight)."""
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
    position = {u: k for k, u in enumerate(order)}
    end = [0] * n  # one past the last position of the subtree
    for k in range(n - 1, -1, -1):
        u = order[k]
        end[k] = max([end[position[c]] for c in children[u]], default=k + 1)
    best = [None] * (n + 1)
    best[n] = [0] * (cap + 1)
    for k in range(n - 1, -1, -1):
        u = order[k]
        w, v = weight[u], value[u]
        row = best[end[k]][:]
        if w <= cap:
            after = best[k + 1]
            row[w:] = [a if a >= b + v else b + v for a, b in zip(row[w:], after)]
        best[k] = row
    print(best[0][cap])


main()
