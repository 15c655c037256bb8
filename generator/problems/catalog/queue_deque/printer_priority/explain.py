"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque


case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
item = texts.get("item", "항목" if ko else "item")
items = texts.get("items", "items")
handle = texts.get("handle", "처리" if ko else "handled")  # 인쇄 / printed: what step 3 does
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
    print(f"{m}번째 자리의 {item}보다 중요도가 큰 {item}이(가) 없으므로 맨 처음 꺼낼 때 바로 {handle}됩니다(첫 번째)." if ko else
          f"No {item} is more important than the one from position {m}, so it is {handle} the first time it is taken "
          f"(number 1).")
elif ko:
    print(f"처음 자리 {positions}의 {item}이(가) 이 순서로 {handle}되므로(3단계), {m}번째 자리의 {item}은(는) "
          f"{len(order)}번째로 {handle}됩니다.")
else:
    print(f"The {items} from initial positions {positions} are {handle} (step 3) in this order, so the one "
          f"from position {m} is number {len(order)}.")
