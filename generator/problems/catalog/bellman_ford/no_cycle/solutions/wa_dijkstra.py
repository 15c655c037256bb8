"""Wrong: Dijkstra with a heap, each vertex settled the first time it is popped. With negative edges a vertex can
be settled before a cheaper trip through a vertex popped later is seen."""
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 3 * i])].append((int(data[3 + 3 * i]), int(data[4 + 3 * i])))
    dist = [None] * (n + 1)
    done = [False] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, x = heapq.heappop(heap)
        if done[x]:
            continue
        done[x] = True
        for y, w in adj[x]:
            if not done[y] and (dist[y] is None or d + w < dist[y]):
                dist[y] = d + w
                heapq.heappush(heap, (d + w, y))
    print("IMPOSSIBLE" if dist[n] is None else dist[n])


main()
