"""Wrong: a walk that always moves from the LAST added vertex to its nearest new vertex (links from the last vertex
only), which is a path, not the cheapest tree."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    cost = [[int(t) for t in data[1 + i * n:1 + (i + 1) * n]] for i in range(n)]
    inside = [False] * n
    inside[0] = True
    last = 0
    total = 0
    for _ in range(n - 1):
        best, x = None, -1
        for v in range(n):
            if not inside[v] and (best is None or cost[last][v] < best):
                best, x = cost[last][v], v
        inside[x] = True
        total += best
        last = x
    print(total)


main()
