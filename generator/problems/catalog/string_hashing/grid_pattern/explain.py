"""A sample's explanation: the positions where the block occurs (computed from the sample), named with the theme's
word for it (texts: {"block": ...}, as in the statement)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
block = (case.get("texts") or {}).get("block", "부분" if ko else "block")
data = case["input"].split()
n, m = int(data[0]), int(data[1])
t = data[2:2 + n]
p, q = int(data[2 + n]), int(data[3 + n])
f = data[4 + n:4 + n + p]
found = [(i + 1, j + 1) for i in range(n - p + 1) for j in range(m - q + 1)
         if all(t[i + r][j:j + q] == f[r] for r in range(p))]
spots = ", ".join(f"({i}, {j})" for i, j in found)
if ko:
    print(f"위치 {spots}에서 {p}×{q} {block}이(가) 그대로 일치하므로 답은 {len(found)}입니다." if found
          else f"{block}이(가) 어느 위치에서도 일치하지 않으므로 답은 0입니다.")
else:
    print(f"The {p}×{q} {block} matches at {spots}, so the answer is {len(found)}." if found
          else f"The {block} matches nowhere, so the answer is 0.")
