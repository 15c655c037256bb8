"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
n, m = nums[0], nums[1]
p = nums[2:2 + n]
# the statement's steps, recording the initial positions in the order they are handled
queue = deque(range(n))
order = []
while m - 1 not in order:
    i = queue.popleft()
    if any(p[j] > p[i] for j in queue):
        queue.append(i)
    else:
        order.append(i)
positions = ", ".join(str(i + 1) for i in order)
if len(order) == 1:
    print(f"{m}번째 자리의 항목보다 중요도가 큰 항목이 없으므로 바로 1번째로 처리됩니다." if ko else
          f"No item is more important than the one from position {m}, so it is handled first.")
elif ko:
    print(f"처음 자리 {positions}의 항목이 이 순서로 처리되므로, {m}번째 자리의 항목은 {len(order)}번째입니다.")
else:
    print(f"The items from initial positions {positions} are handled in this order, so the one from position {m} is number {len(order)}.")
