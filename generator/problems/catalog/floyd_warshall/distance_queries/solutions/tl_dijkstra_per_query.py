"""Too slow: a fresh Dijkstra (binary heap) for every query, Q * M log N instead of one N^3 table."""
import sys
from heapq import heappop, heappush

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
pos = 3
for _ in range(m):
    u, v, w = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    adj[u].append((v, w))
    adj[v].append((u, w))
out = []
for _ in range(q):
    a, b = int(data[pos]), int(data[pos + 1])
    pos += 2
    dist = [-1] * (n + 1)
    heap = [(0, a)]
    while heap:
        du, u = heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = du
        for v, w in adj[u]:
            if dist[v] == -1:
                heappush(heap, (du + w, v))
    out.append(str(dist[b]))
sys.stdout.write("\n".join(out) + "\n")
