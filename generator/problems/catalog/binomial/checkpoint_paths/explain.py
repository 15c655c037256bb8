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
    rows, cols, r, c = nums[4 * i:4 * i + 4]
    before, after = (r - 1 + c - 1, r - 1), (rows - r + cols - c, rows - r)
    parts.append(f"C{before} × C{after} = {comb(*before)} × {comb(*after)} = {ans}")
if ko:
    print("검문소까지의 길의 수 × 검문소에서 끝까지의 길의 수: " + "; ".join(parts) + ".")
else:
    print("Walks to the checkpoint × walks from it to the end: " + "; ".join(parts) + ".")
