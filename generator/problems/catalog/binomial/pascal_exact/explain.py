"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
answers = case["output"].split()
parts = []
for i, x in enumerate(answers):
    n, k = nums[1 + 2 * i], nums[2 + 2 * i]
    if k in (0, n):
        parts.append(f"C({n}, {k}) = {x}" + (" (아무것도 안 고르거나 전부 고르는 한 가지)" if ko else " (take nothing or everything: one way)"))
    else:
        parts.append(f"C({n}, {k}) = C({n - 1}, {k - 1}) + C({n - 1}, {k}) = {x}")
print(("파스칼의 삼각형으로: " if ko else "By Pascal's triangle: ") + "; ".join(parts) + ".")
