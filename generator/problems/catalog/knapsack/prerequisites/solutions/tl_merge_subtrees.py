"""Too slow: per item a table over capacities of its subtree (the item itself taken), children merged in by
trying every split of the capacity: O(N * W^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    parent, weight, value = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    children = [[] for _ in range(n + 1)]
    for i in range(1, n + 1):
        parent[i], weight[i], value[i] = (int(x) for x in data[3 * i - 1:3 * i + 2])
        children[parent[i]].append(i)
    order, stack = [], [0]
    while stack:
        u = stack.pop()
        order.append(u)
        stack.extend(children[u])
    NEG = -1
    table = [None] * (n + 1)
    for u in reversed(order):  # children before parents
        w = weight[u]
        cur = [NEG] * (cap + 1)
        if w <= cap:
            cur[w] = value[u]
            for c in children[u]:
                child = table[c]
                merged = cur[:]
                for a in range(cap + 1):
                    if cur[a] < 0:
                        continue
                    for b in range(cap + 1 - a):
                        if child[b] >= 0 and cur[a] + child[b] > merged[a + b]:
                            merged[a + b] = cur[a] + child[b]
                cur = merged
        table[u] = cur
    print(max(table[0]))


main()
