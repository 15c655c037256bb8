"""A sample's explanation: boxes from the smallest capacity up, each taking the most valuable item that fits."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, k = int(data[0]), int(data[1])
items = sorted((int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n))
caps = sorted(int(x) for x in data[2 + 2 * n:2 + 2 * n + k])
fits, i, steps = [], 0, []
for cap in caps:
    while i < n and items[i][0] <= cap:
        heapq.heappush(fits, (-items[i][1], items[i][0]))
        i += 1
    if fits:
        v, w = heapq.heappop(fits)
        steps.append(f"{cap} ← ({w}, {-v})")
    else:
        steps.append(f"{cap} ← -")
if ko:
    print("용량이 작은 것부터 들어갈 수 있는 것 중 가장 값진 것을 고르면: " + ", ".join(steps) + ".")
else:
    print("Smallest capacity first, each taking the most valuable item that fits: " + ", ".join(steps) + ".")
