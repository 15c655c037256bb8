"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].strip().split("\n")
parts = []
for i, ans in enumerate(answers):
    a, b, c = nums[3 * i:3 * i + 3]
    e = pow(b, c, 10 ** 9 + 6)
    parts.append(f"{b}^{c} ≡ {e} (mod 10^9 + 6), {a}^{e} ≡ {ans}" if a % (10 ** 9 + 7) else f"{a}^({b}^{c}) ≡ {ans}")
if ko:
    print("a_i가 10^9 + 7의 배수가 아니면 페르마의 소정리에 따라 지수를 10^9 + 6으로 나눈 나머지로 바꿀 수 있습니다: "
          + "; ".join(parts) + ".")
else:
    print("When a_i is not a multiple of 10^9 + 7, Fermat's little theorem lets the exponent be reduced modulo 10^9 + 6: "
          + "; ".join(parts) + ".")
