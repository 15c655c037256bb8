"""Reference: iterative DFS with entry times and low-links; a tree edge (u, v) is a bridge iff low[v] > tin[u]
(nothing in v's subtree climbs back to u or above). The parent edge is skipped by its index."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append((v, i))
        adj[v].append((u, i))
    tin = [0] * (n + 1)
    low = [0] * (n + 1)
    timer = 1
    bridges = 0
    for root in range(1, n + 1):
        if tin[root]:
            continue
        tin[root] = low[root] = timer
        timer += 1
        stack = [(root, -1, 0)]  # (vertex, edge index it was entered by, next adjacency position)
        while stack:
            u, via, pos = stack[-1]
            if pos < len(adj[u]):
                stack[-1] = (u, via, pos + 1)
                v, idx = adj[u][pos]
                if idx == via:
                    continue
                if tin[v]:
                    if tin[v] < low[u]:
                        low[u] = tin[v]
                else:
                    tin[v] = low[v] = timer
                    timer += 1
                    stack.append((v, idx, 0))
            else:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    if low[u] < low[p]:
                        low[p] = low[u]
                    if low[u] > tin[p]:
                        bridges += 1
    print(bridges)


main()
