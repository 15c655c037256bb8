"""Too slow: tries every simple path from 1 to N by depth-first search (with no negative cycle the best trip is
one of them). Exponential: a dense graph of 100 vertices has astronomically many simple paths."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 3 * i])].append((int(data[3 + 3 * i]), int(data[4 + 3 * i])))
    best = None
    on_path = [False] * (n + 1)
    stack = [(1, 0, 0)]  # (vertex, total, next edge index)
    on_path[1] = True
    while stack:
        x, total, i = stack[-1]
        if i == 0 and x == n:
            best = total if best is None else min(best, total)
        if i < len(adj[x]):
            stack[-1] = (x, total, i + 1)
            y, w = adj[x][i]
            if not on_path[y]:
                on_path[y] = True
                stack.append((y, total + w, 0))
        else:
            on_path[x] = False
            stack.pop()
    print("IMPOSSIBLE" if best is None else best)


main()
