"""A sample's explanation: one best placement's cells (samples are small: all connected 4-cell sets are tried)."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"


data = list(map(int, case["input"].split()))
n, m = data[0], data[1]
values = data[2:2 + n * m]
best = None
for cells in combinations(range(n * m), 4):
    chosen, seen, stack = set(cells), {cells[0]}, [cells[0]]
    while stack:
        i, j = divmod(stack.pop(), m)
        for y, x in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            k = y * m + x
            if 0 <= y < n and 0 <= x < m and k in chosen and k not in seen:
                seen.add(k)
                stack.append(k)
    total = sum(values[k] for k in cells)
    if len(seen) == 4 and (best is None or total > best[0]):
        best = (total, cells)
total, cells = best
shown = ", ".join(f"({k // m + 1}, {k % m + 1})" for k in cells)
print(f"칸 (행, 열) = {shown}을(를) 덮으면 합이 {total}(으)로 가장 큽니다." if ko else
      f"Covering the cells (row, column) = {shown} gives {total}, the largest sum.")
