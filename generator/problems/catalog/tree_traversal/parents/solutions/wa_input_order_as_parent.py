"""Wrong: takes every edge line `u v` as "u is the parent of v", but the lines may list the child first."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    parent = [0] * (n + 1)
    for i in range(n - 1):
        u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        parent[v] = u
    print(" ".join(str(parent[v]) for v in range(2, n + 1)))


main()
