"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
amounts = case["input"].split()[1:]
answers = case["output"].split()
parts = [f"{x} = {int(x):b}₂ → {int(a):b}₂ = {a}" for x, a in zip(amounts, answers)]
if ko:
    print("가장 높은 1인 자리만 남기면 됩니다: " + ", ".join(parts) + ".")
else:
    print("Keep only the highest digit 1: " + ", ".join(parts) + ".")
