"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
dist = [int(t) for t in case["output"].split()]
n = tokens[0]
ring = [v for v in range(1, n + 1) if dist[v - 1] == 0]
far = max(range(1, n + 1), key=lambda v: (dist[v - 1], -v))
shown = ", ".join(map(str, ring))
if ko:
    print(f"차수가 1인 정점을 더 이상 없을 때까지 지우면 순환선 {shown}만 남습니다. 이 정점들에서 동시에 BFS를 하면 거리가 "
          f"구해지며, 가장 먼 {far}번은 순환선에서 {dist[far - 1]}만큼 떨어져 있습니다.")
else:
    print(f"Removing vertices of degree 1 until none is left keeps only the ring: {shown}. A BFS started from all of "
          f"them at once gives the distances; the farthest, {far}, is {dist[far - 1]} away from the ring.")
