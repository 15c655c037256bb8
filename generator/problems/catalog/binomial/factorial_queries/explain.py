"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import comb

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
p = nums[1]
answers = case["output"].split()
parts = []
for i, x in enumerate(answers):
    n, k = nums[2 + 2 * i], nums[3 + 2 * i]
    if k > n:
        parts.append(f"C({n}, {k}) = 0" + (" (k > n)" if not ko else " (k > n이므로 방법이 없음)"))
    else:
        parts.append(f"C({n}, {k}) = {n}! / ({k}! · {n - k}!) = {comb(n, k)} ≡ {x}")
print((f"나머지 (mod {p}): " if ko else f"Modulo {p}: ") + "; ".join(parts) + ".")
