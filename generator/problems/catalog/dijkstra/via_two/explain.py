"""A sample's explanation: the two orders of the stops and their totals."""
import json
import sys
from heapq import heappop, heappush

INF = float("inf")


def dijkstra(n, adj, source):
    dist = [INF] * (n + 1)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heappush(heap, (d + w, v))
    return dist


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = data[2 + 3 * i:5 + 3 * i]
    adj[u].append((v, w))
    adj[v].append((u, w))
a, b = data[2 + 3 * m], data[3 + 3 * m]
d1, da, db = dijkstra(n, adj, 1), dijkstra(n, adj, a), dijkstra(n, adj, b)
shown = []
for x, y, legs in ((a, b, (d1[a], da[b], db[n])), (b, a, (d1[b], db[a], da[n]))):
    total = sum(legs)
    text = "∞" if total == INF else f"{legs[0]} + {legs[1]} + {legs[2]} = {total}"
    shown.append(f"1 → {x} → {y} → {n}: {text}")
answer = case["output"].strip()
if ko:
    print(f"두 순서를 모두 따지되 각 구간(→)은 가장 빠른 길로 가면 {'; '.join(shown)}입니다. 따라서 답은 {answer}입니다.")
else:
    print(f"Both orders, each leg (→) by its fastest way: {'; '.join(shown)}. So the answer is {answer}.")
