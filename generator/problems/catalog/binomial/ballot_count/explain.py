"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import comb

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].strip().split("\n")
parts = []
for i, ans in enumerate(answers):
    a, b = nums[2 * i], nums[2 * i + 1]
    if b > a:
        parts.append(f"a = {a}, b = {b}: " + ("B가 더 많으므로 0" if ko else "B has more votes, so 0"))
    else:
        bad = comb(a + b, b - 1) if b else 0
        parts.append(f"a = {a}, b = {b}: C({a + b}, {b}) - C({a + b}, {b - 1}) = {comb(a + b, b)} - {bad} = {ans}")
if ko:
    print("A가 처음으로 뒤지는 순간 이후를 뒤집으면 나쁜 순서와 B가 b - 1표 나오는 순서가 일대일로 대응합니다. " + "; ".join(parts) + ".")
else:
    print("Reflecting each bad order after the first moment A is behind maps it to an order with b - 1 letters B: " + "; ".join(parts) + ".")
