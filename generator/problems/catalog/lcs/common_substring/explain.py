"""A sample's explanation, computed from the sample: one longest common block and where it sits."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a, b = case["input"].split()
best = ""
for i in range(len(a)):
    for j in range(i + len(best) + 1, len(a) + 1):
        if a[i:j] in b:
            best = a[i:j]
if not best:
    print("두 문자열에 함께 나오는 글자가 없으므로 답은 0입니다." if ko else "No letter occurs in both strings, so the answer is 0.")
else:
    print(f"가장 긴 공통 구간은 두 문자열 모두에 연속으로 나오는 `{best}`이고, 길이는 {len(best)}입니다." if ko
          else f"`{best}` appears as a block in both strings; its length is {len(best)}, and no longer block is shared.")
