"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].strip().split("\n")
parts = []
for i, ans in enumerate(answers):
    n, k, s = nums[3 * i:3 * i + 3]
    parts.append(f"{k}^{n} - {k - s}^{n} ≡ {ans}")
if ko:
    print("모든 암호의 수에서 특수 기호가 하나도 없는 암호의 수를 뺍니다 (mod 10^9 + 7): " + "; ".join(parts) + ".")
else:
    print("All codes minus the codes without any special symbol (mod 10^9 + 7): " + "; ".join(parts) + ".")
