"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
codes = case["input"].split()[1:]
positions = case["output"].split()
parts = [f"G_{i} = {i} ⊕ {int(i) // 2} = {c}" for c, i in zip(codes, positions)]
if ko:
    print("확인: " + ", ".join(parts) + ".")
else:
    print("Check: " + ", ".join(parts) + ".")
