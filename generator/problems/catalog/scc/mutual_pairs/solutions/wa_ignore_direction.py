"""Wrong: ignores the direction of the edges and counts the pairs in the same connected piece (union-find), as if
every edge could be used both ways; a one-way chain joins vertices that cannot come back."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(m):
        a, b = find(int(data[2 + 2 * i])), find(int(data[3 + 2 * i]))
        if a != b:
            parent[a] = b
    size = [0] * (n + 1)
    for v in range(1, n + 1):
        size[find(v)] += 1
    print(sum(s * (s - 1) // 2 for s in size))


main()
