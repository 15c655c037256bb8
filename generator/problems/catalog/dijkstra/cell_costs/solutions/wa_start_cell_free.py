"""Wrong: Dijkstra on the grid graph, but the starting cell is not paid (its distance starts at 0)."""
import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    cost = [int(ch) for row in data[2:2 + r] for ch in row]
    total = r * c
    INF = 1 << 60
    dist = [INF] * total
    dist[0] = 0
    heap = [(0, 0)]
    while heap:
        d, cell = heappop(heap)
        if d > dist[cell]:
            continue
        i, j = divmod(cell, c)
        for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= ni < r and 0 <= nj < c:
                nxt = ni * c + nj
                nd = d + cost[nxt]
                if nd < dist[nxt]:
                    dist[nxt] = nd
                    heappush(heap, (nd, nxt))
    print(dist[total - 1])


main()
