"""A sample's explanation, computed from the sample: one best route, by trying every route (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
a = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
best = None
stack = [[(0, 0)]]
while stack:
    path = stack.pop()
    i, j = path[-1]
    if (i, j) == (n - 1, m - 1):
        total = sum(a[x][y] for x, y in path)
        if best is None or total > best[0]:
            best = (total, path)
        continue
    for x, y in ((i, j - 1), (i, j + 1), (i + 1, j)):
        if 0 <= x < n and 0 <= y < m and (x, y) not in path:
            stack.append(path + [(x, y)])
route = " → ".join(f"({x + 1},{y + 1})" for x, y in best[1])
print(f"가장 좋은 경로는 {route}이고, 점수의 합은 {best[0]}입니다." if ko
      else f"A best route is {route}, with score {best[0]}.")
