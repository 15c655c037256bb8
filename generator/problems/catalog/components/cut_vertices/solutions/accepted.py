"""Reference: iterative DFS with entry times and low-links. A non-root u is a cut vertex iff some child v has
low[v] >= tin[u]; a DFS root is one iff it has at least two children in the DFS tree."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    tin = [0] * (n + 1)
    low = [0] * (n + 1)
    cut = bytearray(n + 1)
    timer = 1
    for root in range(1, n + 1):
        if tin[root]:
            continue
        tin[root] = low[root] = timer
        timer += 1
        children = 0
        stack = [(root, 0, 0)]  # (vertex, parent, next adjacency position)
        while stack:
            u, parent, pos = stack[-1]
            if pos < len(adj[u]):
                stack[-1] = (u, parent, pos + 1)
                v = adj[u][pos]
                if v == parent:
                    continue
                if tin[v]:
                    if tin[v] < low[u]:
                        low[u] = tin[v]
                else:
                    tin[v] = low[v] = timer
                    timer += 1
                    if u == root:
                        children += 1
                    stack.append((v, u, 0))
            else:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    if low[u] < low[p]:
                        low[p] = low[u]
                    if p != root and low[u] >= tin[p]:
                        cut[p] = 1
        if children >= 2:
            cut[root] = 1
    print(sum(cut))


main()
