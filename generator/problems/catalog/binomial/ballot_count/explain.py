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
    print("A가 한 번이라도 뒤지는 순서(나쁜 순서)에서 처음으로 뒤지는 순간까지의 A와 B를 맞바꾸면, 나쁜 순서와 "
          "A가 a + 1표, B가 b - 1표 나오는 순서가 일대일로 대응합니다. " + "; ".join(parts) + ".")
else:
    print("Swapping A and B, up to the first moment A is behind, in an order where A is ever behind (a bad order) maps "
          "the bad orders one to one onto the orders with a + 1 letters A and b - 1 letters B: " + "; ".join(parts) + ".")
