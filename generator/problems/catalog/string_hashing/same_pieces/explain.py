"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
s, q = data[0], int(data[1])
answers = case["output"].split()
parts = []
for t in range(min(q, 4)):
    a, b, k = (int(x) for x in data[2 + 3 * t:5 + 3 * t])
    x, y = s[a - 1:a - 1 + k], s[b - 1:b - 1 + k]
    if ko:
        parts.append(f"질문 {t + 1}에서는 `{x}`, `{y}`을(를) 비교하므로 답은 {answers[t]}입니다")
    else:
        parts.append(f"question {t + 1} compares `{x}` with `{y}`: {answers[t]}")
text = ("; ".join(parts) + ".") if not ko else (". ".join(parts) + ".")
print(text[0].upper() + text[1:])
