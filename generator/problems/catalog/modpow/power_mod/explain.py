"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
parts = []
for i, answer in enumerate(answers):
    a, b, m = nums[3 * i:3 * i + 3]
    squares = []
    power, base = 1, a % m
    while power <= b:
        squares.append(f"{a}^{power} ≡ {base}")
        base = base * base % m
        power *= 2
    used = " · ".join(f"{a}^{1 << k}" for k in range(b.bit_length()) if b >> k & 1) or "1"
    parts.append(f"{a}^{b} = {used}; " + ", ".join(squares) + f" (mod {m}) → {answer}")
print(("각 질문: " if ko else "Each question: ") + "; ".join(parts) + ".")
