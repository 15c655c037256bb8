"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
n, q = tokens[0], tokens[1]
points = [(tokens[2 + 2 * i], tokens[3 + 2 * i]) for i in range(n)]
steps = []
for j in range(min(q, 6)):
    x1, y1, x2, y2 = tokens[2 + 2 * n + 4 * j:6 + 2 * n + 4 * j]
    inside = [p for p in points if x1 <= p[0] <= x2 and y1 <= p[1] <= y2]
    listed = ", ".join(f"({x}, {y})" for x, y in inside)
    if ko:
        steps.append(f"{j + 1}번 {texts['area']} [{x1}, {x2}] × [{y1}, {y2}] 안에는 "
                     + (f"{listed}의 {texts['item']} {len(inside)}개가 있습니다." if inside else
                        f"{texts['item']}이(가) 없습니다(0)."))
    else:
        steps.append(f"{texts['area'].capitalize()} {j + 1}, [{x1}, {x2}] × [{y1}, {y2}], holds "
                     + (f"{listed}: {len(inside)}." if inside else "none: 0."))
print(" ".join(steps) + (" ..." if q > 6 else ""))
