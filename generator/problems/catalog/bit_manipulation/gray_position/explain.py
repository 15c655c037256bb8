"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
codes = case["input"].split()[1:]
positions = case["output"].split()
parts = ", ".join(f"$G_{{{i}}} = {i} \\oplus {int(i) // 2} = {c}$" for c, i in zip(codes, positions))
if ko:
    print(f"구한 위치의 코드를 계산하면 표시된 코드가 그대로 나옵니다: {parts}.")
else:
    print(f"Computing the code of each position found gives back the code shown: {parts}.")
