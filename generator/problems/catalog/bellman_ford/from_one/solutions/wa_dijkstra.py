"""Wrong: Dijkstra's algorithm, which settles a vertex for good when it is first taken from the heap; with negative
edges a later, cheaper route is ignored, and a negative cycle is never noticed."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for e in range(m):
    adj[int(data[2 + 3 * e])].append((int(data[3 + 3 * e]), int(data[4 + 3 * e])))
dist = [None] * (n + 1)
heap = [(0, 1)]
while heap:
    d, u = heappop(heap)
    if dist[u] is not None:
        continue
    dist[u] = d
    for v, w in adj[u]:
        if dist[v] is None:
            heappush(heap, (d + w, v))
sys.stdout.write("".join("INF\n" if d is None else f"{d}\n" for d in dist[1:]))
