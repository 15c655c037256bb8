"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
p = nums[1]
answers = case["output"].split()
parts = []
for i, x in enumerate(answers):
    n, k = nums[2 + 2 * i], nums[3 + 2 * i]
    factors = []
    while n or k:
        factors.append(f"C({n % p}, {k % p})")
        n, k = n // p, k // p
    parts.append(f"C({nums[2 + 2 * i]}, {nums[3 + 2 * i]}) ≡ {' · '.join(factors) or 'C(0, 0)'} ≡ {x}")
head = f"뤼카 정리로 {p}진법 자릿수마다 곱하면: " if ko else f"By Lucas' theorem, digit by digit in base {p}: "
print(head + "; ".join(parts) + ".")
