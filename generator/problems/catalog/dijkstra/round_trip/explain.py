"""A sample's explanation: the way out from X, the way back to X (on the reversed roads) and the largest sum."""
import json
import sys
from heapq import heappop, heappush


def dijkstra(n, adj, source):
    dist = [None] * (n + 1)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if dist[v] is None or d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    return dist


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m, x = data[0], data[1], data[2]
forward = [[] for _ in range(n + 1)]
backward = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = data[3 + 3 * i:6 + 3 * i]
    forward[u].append((v, w))
    backward[v].append((u, w))
out, back = dijkstra(n, forward, x), dijkstra(n, backward, x)
best = max(range(1, n + 1), key=lambda i: out[i] + back[i])
parts = ", ".join(f"{i}{'번' if ko else ''}: {back[i]}+{out[i]}" for i in range(1, n + 1))
# Plain numbers only: 'vertex' (정점) would name a thing the themed statement never mentions.
if ko:
    print(f"출발하는 곳마다 (가는 시간)+(돌아오는 시간)은 {parts}입니다. 가장 긴 것은 {best}번에서 출발할 때의 "
          f"{out[best] + back[best]}입니다.")
else:
    print(f"For each start, (way there)+(way back) is {parts}. The largest is {out[best] + back[best]}, "
          f"starting from {best}.")
