"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from heapq import heappop, heappush

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = [int(t) for t in case["input"].split()]
n, m = data[0], data[1]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, w = data[2 + 3 * i:5 + 3 * i]
    adj[u].append((v, w))
    adj[v].append((u, w))
dist = [None] * (n + 1)
dist[1] = 0
heap = [(0, 1)]
while heap:
    d, u = heappop(heap)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if dist[v] is None or d + w < dist[v]:
            dist[v] = d + w
            heappush(heap, (d + w, v))
answer = case["output"].strip()
if dist[n] is None:
    print(f"1번 정점에서 {n}번 정점으로 갈 수 없으므로 -1입니다." if ko else
          f"Vertex {n} cannot be reached from vertex 1, so the answer is -1.")
elif ko:
    print(f"가장 빠른 시간은 {dist[n]}입니다. 이보다 큰 경로 시간 가운데 가장 작은 값이 {answer}입니다 "
          f"(시간이 {dist[n]}인 다른 경로는 답이 아닙니다).")
else:
    print(f"The fastest time is {dist[n]}. The smallest route time strictly greater than it is {answer} "
          f"(another route that also takes {dist[n]} does not count).")
