"""A sample's explanation, computed from the sample: one best path, rebuilt from the bottom-up table."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
value = texts.get("value", "값" if ko else "points")
counter = texts.get("counter", "")
cell = texts.get("cell", "칸" if ko else "cell")
data = list(map(int, case["input"].split()))
n = data[0]
rows, pos = [], 1
for i in range(1, n + 1):
    rows.append(data[pos:pos + i])
    pos += i
best = [rows[-1][:]]
for row in reversed(rows[:-1]):
    below = best[0]
    best.insert(0, [v + max(below[j], below[j + 1]) for j, v in enumerate(row)])
j, picked = 0, [rows[0][0]]
for i in range(1, n):
    if best[i][j + 1] > best[i][j]:
        j += 1
    picked.append(rows[i][j])
path = " + ".join(map(str, picked))
print(f"가장 좋은 길로 내려가면 위에서부터 {value} {path} = {best[0][0]}{counter}을(를) 모읍니다." if ko
      else f"The best path collects {path} = {best[0][0]} {value} from the top down.")
