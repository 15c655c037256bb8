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
total = case["output"].split()[0]
if ko:
    print("$c_j$가 작은 것부터 차례로, 들어갈 수 있는 것 중 $v_i$가 가장 큰 것을 고릅니다 "
          "($c_j$ ← ($w_i$, $v_i$), -는 들어갈 것이 남지 않음): " + ", ".join(steps) + f". 합은 {total}입니다.")
else:
    print("Going from the smallest $c_j$ up, each takes the remaining fitting one with the largest $v_i$ "
          "($c_j$ ← ($w_i$, $v_i$), - when none fits): " + ", ".join(steps) + f". The total is {total}.")
