"""A sample's explanation, computed from the sample: the counted positions of the first (at most 3) questions."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, q = data[0], data[1]
a = data[2:2 + n]
parts = []
for k in range(min(q, 3)):
    l, r, x = data[2 + n + 3 * k:5 + n + 3 * k]
    hit = [str(i) for i in range(l, r + 1) if a[i - 1] <= x]
    where = ", ".join(hit) if hit else ("없음" if ko else "none")
    parts.append(f"`{l} {r} {x}` → {where} ({len(hit)})")
if len(parts) < q:  # say that the rest are left out, so no reader looks for the missing questions
    head = f"처음 질문 {len(parts)}개에서 세는 위치: " if ko else f"Positions counted for the first {len(parts)} questions: "
else:
    head = "질문별로 세는 위치: " if ko else "Positions counted per question: "
print(head + "; ".join(parts) + ".")
