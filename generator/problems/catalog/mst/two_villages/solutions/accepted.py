"""Reference: a minimum spanning tree (Kruskal) minus its most expensive edge — removing one tree edge splits the
tree into two connected groups, and the best two-tree forest is the MST without its heaviest edge."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = heaviest = 0
    for w, u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            total += w
            heaviest = max(heaviest, w)
    print(total - heaviest)


main()
