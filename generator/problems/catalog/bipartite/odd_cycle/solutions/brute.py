"""Brute force: extend simple paths from every start vertex in increasing order (neighbours in decreasing order)
and print the first path that closes into a cycle of odd length; a graph with no odd cycle is bipartite.
Exponential: tiny N only."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [set() for _ in range(n + 1)]
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].add(v)
        adj[v].add(u)
    for s in range(1, n + 1):
        stack = [[s]]
        while stack:
            path = stack.pop()
            last = path[-1]
            if len(path) >= 3 and len(path) % 2 == 1 and s in adj[last]:
                print(len(path))
                print(" ".join(map(str, path)))
                return
            for y in sorted(adj[last]):
                if y not in path:
                    stack.append(path + [y])
    print(-1)


main()
