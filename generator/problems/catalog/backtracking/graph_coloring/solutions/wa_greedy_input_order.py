"""Wrong: greedy colouring in the order 1..N, each vertex taking the smallest colour its coloured neighbours do
not have. That is a proper colouring, but not always one with the fewest colours."""
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    near = [[] for _ in range(n)]
    for e in range(m):
        u, v = data[2 + 2 * e] - 1, data[3 + 2 * e] - 1
        near[u].append(v)
        near[v].append(u)
    colour = [-1] * n
    for v in range(n):
        taken = {colour[u] for u in near[v]}
        colour[v] = next(c for c in range(n) if c not in taken)
    print(max(colour) + 1)


main()
