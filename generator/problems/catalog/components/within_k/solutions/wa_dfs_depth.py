"""Wrong: a depth-first search that records the depth at which it first meets a vertex; that depth can be longer
than the shortest distance, so vertices near S are cut off."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, k = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[4 + 2 * i]), int(data[5 + 2 * i])
        adj[u].append(v)
        adj[v].append(u)
    depth = [-1] * (n + 1)
    depth[s] = 0
    stack = [s]
    while stack:
        u = stack.pop()
        for v in adj[u]:
            if depth[v] < 0:
                depth[v] = depth[u] + 1
                stack.append(v)
    print(sum(1 for d in depth if 0 <= d <= k))


main()
