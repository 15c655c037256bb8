"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import comb

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
m = nums[1]
answers = case["output"].split()
parts = []
for i, x in enumerate(answers):
    n, k = nums[2 + 2 * i], nums[3 + 2 * i]
    parts.append(f"C({n}, {k}) = {comb(n, k)} ≡ {x} (mod {m})")
print(("파스칼의 삼각형을 나머지로 채우면: " if ko else "Pascal's triangle filled with remainders gives: ") + "; ".join(parts) + ".")
