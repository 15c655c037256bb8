"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
codes = case["input"].split()[1:]
counts = case["output"].split()
parts = [f"{x} = {int(x):b}₂ → {c}" for x, c in zip(codes, counts)]
if ko:
    print("이진수로 쓰면 " + ", ".join(parts) + "입니다 (화살표 뒤가 1인 자리의 개수).")
else:
    print("In binary: " + ", ".join(parts) + " (after each arrow: the number of digits 1).")
