"""Reference: Prim on the dense matrix — keep each outside vertex's cheapest link to the tree, add the closest
vertex, update the links from its row: O(N^2)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cost = [[int(t) for t in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    inside = [False] * n
    link = cost[0][:]
    inside[0] = True
    total = 0
    for _ in range(n - 1):
        best, x = None, -1
        for v in range(n):
            if not inside[v] and (best is None or link[v] < best):
                best, x = link[v], v
        inside[x] = True
        total += best
        row = cost[x]
        for v in range(n):
            if not inside[v] and row[v] < link[v]:
                link[v] = row[v]
    print(total)


main()
