"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Lists the qualifying pairs with their common distance (without giving away why they qualify)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
p = [(int(tokens[1 + 2 * i]), int(tokens[2 + 2 * i])) for i in range(n)]
found = []
for i in range(n):
    for j in range(i + 1, n):
        dx, dy = abs(p[i][0] - p[j][0]), abs(p[i][1] - p[j][1])
        if (dx + dy) ** 2 == dx * dx + dy * dy:
            found.append(f"({i + 1}, {j + 1}) ({'두 거리 모두' if ko else 'both'} {dx + dy})")
count = case["output"].strip()
if ko:
    print(f"두 거리가 같은 쌍은 {count}개입니다: {', '.join(found)}." if found else "두 거리가 같은 쌍이 없습니다.")
else:
    print(f"The pairs with equal distances are {', '.join(found)}: {count} in all." if found else
          "No pair has equal distances.")
