"""Wrong: links the two vertices themselves (parent[b] = a) instead of their roots, losing earlier links of b."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if find(a) == find(b):
            print(i + 1)
            return
        parent[b] = a
    print(0)


main()
