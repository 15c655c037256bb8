"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from math import gcd

case = json.load(sys.stdin)
ko = case["language"] == "ko"


nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
parts = []
for i, count in enumerate(answers):
    a, b, c = nums[3 * i:3 * i + 3]
    pairs = [(x, (c - a * x) // b) for x in range(c // a + 1) if (c - a * x) % b == 0]
    if c % gcd(a, b):
        parts.append(f"{a}x + {b}y = {c}: " + (f"gcd = {gcd(a, b)}이(가) {c}을(를) 나누지 않으므로 0" if ko
                                              else f"gcd = {gcd(a, b)} does not divide {c}, so 0"))
    elif len(pairs) <= 6:
        shown = ", ".join(f"({x}, {y})" for x, y in pairs) or ("없음" if ko else "none")
        parts.append(f"{a}x + {b}y = {c}: {shown} → {count}")
    else:
        parts.append(f"{a}x + {b}y = {c}: {count}")
print(("각 질문: " if ko else "Each question: ") + "; ".join(parts) + ".")
