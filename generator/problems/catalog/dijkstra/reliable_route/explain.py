"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
The route shown is recomputed here (most reliable route, largest product of percentages)."""
import json
import sys
from heapq import heappop, heappush

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    u, v, p = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
    adj[u].append((v, p))
    adj[v].append((u, p))
best = [0.0] * (n + 1)
parent = [0] * (n + 1)
best[1] = 1.0
heap = [(-1.0, 1)]
while heap:
    d, u = heappop(heap)
    if -d < best[u]:
        continue
    for v, p in adj[u]:
        if -d * p / 100 > best[v]:
            best[v] = -d * p / 100
            parent[v] = u
            heappush(heap, (-best[v], v))
answer = case["output"].split()[0]
if best[n] == 0:
    print(f"1번 정점에서 {n}번 정점으로 가는 경로가 없으므로 확률은 0입니다." if ko else
          f"No route leads from vertex 1 to vertex {n}, so the probability is 0.")
else:
    route = [n]
    while route[-1] != 1:
        route.append(parent[route[-1]])
    route.reverse()
    text = " → ".join(map(str, route))
    print(f"경로 {text}을(를) 따라가면 성공 확률이 {answer}(으)로 가장 높습니다. 절대 또는 상대 오차가 10^-6 이하이면 정답입니다." if ko else
          f"Following {text} succeeds with probability {answer}, the highest possible. Any answer within an absolute "
          f"or relative error of 10^-6 is accepted.")
