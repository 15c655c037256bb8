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
    g = top // int(p)
    parts.append(f"{a}/{b} + {c}/{d} = {top}/{bottom} = ({top}/{g})/({bottom}/{g}) = {p}/{q}")
print(("각 질문: " if ko else "Each sum: ") + "; ".join(parts) + ".")
