"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()[1:]))
answers = case["output"].split()
parts = []
for i, answer in enumerate(answers):
    a, n, m = nums[3 * i:3 * i + 3]
    terms = " + ".join(str(a ** j) for j in range(1, min(n, 6) + 1)) + (" + ..." if n > 6 else "")
    total = sum(a ** j for j in range(1, n + 1))
    parts.append(f"{terms} = {total} ≡ {answer} (mod {m})")
print(("각 질문: " if ko else "Each question: ") + "; ".join(parts) + ".")
