"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = case["input"].split()[1:]
answers = case["output"].strip().split("\n")
parts = []
for i, ans in enumerate(answers):
    n, k = int(nums[2 * i]), int(nums[2 * i + 1])
    parts.append(f"N = {n}, K = {k}: {k} · {k - 1}^{n - 1} mod (10^9 + 7) = {ans}")
print(("첫 기둥은 K가지, 다음 기둥마다 K - 1가지입니다. " if ko else "The first post has K choices, every next post K - 1: ")
      + "; ".join(parts) + ".")
