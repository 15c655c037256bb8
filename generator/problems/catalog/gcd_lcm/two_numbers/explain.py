"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = case["input"].split()[1:]
answers = case["output"].strip().split("\n")
parts = []
for i, line in enumerate(answers):
    a, b = nums[2 * i], nums[2 * i + 1]
    g, m = line.split()
    parts.append(f"gcd({a}, {b}) = {g}, lcm({a}, {b}) = {a} / {g} × {b} = {m}")
print(("각 쌍: " if ko else "Each pair: ") + "; ".join(parts) + ".")
