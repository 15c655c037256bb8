"""Reference: union the built roads first (they cost nothing), then Kruskal over the buildable roads; -1 if the
union-find still has more than one set."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, m = int(data[0]), int(data[1]), int(data[2])
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    parts = n
    for i in range(k):
        a, b = find(int(data[3 + 2 * i])), find(int(data[4 + 2 * i]))
        if a != b:
            parent[a] = b
            parts -= 1
    base = 3 + 2 * k
    roads = sorted((int(data[base + 3 * i + 2]), int(data[base + 3 * i]), int(data[base + 3 * i + 1])) for i in range(m))
    total = 0
    for w, u, v in roads:
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            parts -= 1
            total += w
    print(total if parts == 1 else -1)


main()
