"""Brute force: extend every simple path that starts at vertex 1 and record the shortest one whose last vertex
has an edge back to 1. Exponential: tiny N only."""
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [set() for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].add(int(data[3 + 2 * i]))
    best = -1
    stack = [[1]]
    while stack:
        path = stack.pop()
        last = path[-1]
        if len(path) >= 2 and 1 in adj[last] and (best == -1 or len(path) < best):
            best = len(path)
        for y in adj[last]:
            if y not in path:
                stack.append(path + [y])
    print(best)


main()
