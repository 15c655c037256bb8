"""Wrong: an iterative depth-first search from 1 stops at the first path that gets back to 1; that cycle exists
but need not be the shortest."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append(v)
    depth = [-1] * (n + 1)
    depth[1] = 0
    stack = [(1, 0)]
    while stack:
        x, i = stack[-1]
        if i == len(adj[x]):
            stack.pop()
            continue
        stack[-1] = (x, i + 1)
        y = adj[x][i]
        if y == 1:
            print(depth[x] + 1)
            return
        if depth[y] == -1:
            depth[y] = depth[x] + 1
            stack.append((y, 0))
    print(-1)


main()
