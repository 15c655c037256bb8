"""Wrong: a minimum spanning forest of the cables, then the cheapest station of each group — but two stations can
be cheaper than an expensive cable."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    cost = [0] + [int(data[2 + i]) for i in range(n)]
    base = 2 + n
    edges = [(int(data[base + 3 * i + 2]), int(data[base + 3 * i]), int(data[base + 3 * i + 1])) for i in range(m)]
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
    cheapest = {}
    for v in range(1, n + 1):
        r = find(v)
        cheapest[r] = min(cheapest.get(r, cost[v]), cost[v])
    print(total + sum(cheapest.values()))


main()
