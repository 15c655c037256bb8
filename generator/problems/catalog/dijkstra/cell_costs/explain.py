"""A sample's explanation: recomputes the cheapest route of the sample and shows it."""
import json
import sys
from heapq import heappop, heappush

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
r, c = int(data[0]), int(data[1])
a = [[int(ch) for ch in data[2 + i]] for i in range(r)]
dist = {(0, 0): a[0][0]}
prev = {}
heap = [(a[0][0], 0, 0)]
while heap:
    d, i, j = heappop(heap)
    if d > dist[(i, j)]:
        continue
    for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
        if 0 <= ni < r and 0 <= nj < c and d + a[ni][nj] < dist.get((ni, nj), 1 << 60):
            dist[(ni, nj)] = d + a[ni][nj]
            prev[(ni, nj)] = (i, j)
            heappush(heap, (d + a[ni][nj], ni, nj))
route = [(r - 1, c - 1)]
while route[-1] != (0, 0):
    route.append(prev[route[-1]])
route.reverse()
cells = " → ".join(f"({i + 1},{j + 1})" for i, j in route)
costs = " + ".join(str(a[i][j]) for i, j in route)
total = dist[(r - 1, c - 1)]
if ko:
    print(f"가장 싼 경로 가운데 하나는 {cells}이고, 비용은 {costs} = {total}입니다.")
else:
    print(f"One cheapest route is {cells}, costing {costs} = {total}.")
