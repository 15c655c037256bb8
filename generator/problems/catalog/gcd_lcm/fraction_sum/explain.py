"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].strip().split("\n")
parts = []
for i, line in enumerate(answers):
    a, b, c, d = nums[4 * i:4 * i + 4]
    p, q = line.split()
    top, bottom = a * d + c * b, b * d
    g = top // int(p)  # the gcd the answer was divided by
    summed = f"{a}/{b} + {c}/{d} = ({a}·{d} + {c}·{b})/({b}·{d}) = {top}/{bottom}"
    if ko:
        reduced = "이미 기약분수입니다" if g == 1 else f"분자와 분모를 이 수로 나누면 {p}/{q}입니다"
        parts.append(f"{summed}이고 gcd({top}, {bottom}) = {g}이므로 {reduced}")
    else:
        reduced = "it is already in lowest terms" if g == 1 else f"dividing both by {g} gives {p}/{q}"
        parts.append(f"{summed}; gcd({top}, {bottom}) = {g}, so {reduced}")
print(("각 질문: " if ko else "Each sum: ") + ". ".join(parts) + ".")
