"""Reference: a station at vertex i is a cable from i to an extra vertex 0 costing c_i; the answer is the minimum
spanning tree of the N+1 vertices (Kruskal)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + i]), 0, i + 1) for i in range(n)]
    base = 2 + n
    edges += [(int(data[base + 3 * i + 2]), int(data[base + 3 * i]), int(data[base + 3 * i + 1])) for i in range(m)]
    edges.sort()
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for w, u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            total += w
    print(total)


main()
