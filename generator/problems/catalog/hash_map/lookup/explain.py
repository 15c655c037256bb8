"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n, m = int(tokens[0]), int(tokens[1])
names = tokens[2:2 + n]
parts = []
for q in tokens[2 + n:2 + n + m]:
    if q.isdigit():
        parts.append(f"`{q}` → `{names[int(q) - 1]}`")
    elif q in names:
        parts.append(f"`{q}` → {names.index(q) + 1}")
    else:
        parts.append(f"`{q}` → -1" + (" (목록에 없음)" if ko else " (not in the list)"))
print(("질문과 답: " if ko else "Questions and answers: ") + ", ".join(parts) + ".")
