"""Reference: Dijkstra with two labels per vertex, the fastest time and the fastest time strictly greater than it.
Every popped (time, vertex) that is one of the two labels extends along every edge; a new time either beats the
first label (the old first becomes the second) or lies strictly between the two labels."""
import sys
from heapq import heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = 1 << 62
    first = [INF] * (n + 1)
    second = [INF] * (n + 1)
    first[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if d > second[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < first[v]:
                first[v], nd = nd, first[v]
                heappush(heap, (first[v], v))
            if first[v] < nd < second[v]:
                second[v] = nd
                heappush(heap, (nd, v))
    print(-1 if first[n] == INF else second[n])


main()
