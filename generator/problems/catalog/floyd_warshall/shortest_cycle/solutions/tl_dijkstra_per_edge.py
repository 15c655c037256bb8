"""Too slow: for every road u -> v, a Dijkstra from v back to u closes the cheapest cycle through that road;
M searches of O(M log N) each."""
import heapq
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
roads = []
for e in range(m):
    u, v, w = int(data[2 + 3 * e]), int(data[3 + 3 * e]), int(data[4 + 3 * e])
    adj[u].append((v, w))
    roads.append((u, v, w))
INF = float("inf")
best = INF
for u, v, w in roads:
    dist = [INF] * (n + 1)
    dist[v] = 0
    heap = [(0, v)]
    while heap:
        d, x = heapq.heappop(heap)
        if d > dist[x]:
            continue
        if x == u:
            break
        for y, c in adj[x]:
            if d + c < dist[y]:
                dist[y] = d + c
                heapq.heappush(heap, (d + c, y))
    best = min(best, w + dist[u])
print(-1 if best == INF else best)
