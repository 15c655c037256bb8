"""Wrong: puts everyone joined by a positive pair into one group (connected components of the positive pairs),
so a negative pair inside a component is paid in full."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [[int(x) for x in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            if a[i][j] > 0:
                parent[find(i)] = find(j)
    print(sum(a[i][j] for i in range(n) for j in range(i + 1, n) if find(i) == find(j)))


main()
