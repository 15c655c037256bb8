"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].split()[1]
best = int(case["output"].split()[0])
if best == 0:
    text = "두 번 나오는 글자가 없으므로 답은 0입니다." if ko else "No letter appears twice, so the answer is 0."
else:
    first = {}
    for i in range(len(s) - best + 1):
        first.setdefault(s[i:i + best], []).append(i + 1)
    piece, starts = next((p, st) for p, st in first.items() if len(st) >= 2)
    where = ", ".join(map(str, starts))
    if ko:
        text = (f"길이 {best}인 부분 문자열 `{piece}`의 시작 위치: {where}. "
                f"길이 {best + 1}인 부분 문자열은 모두 한 번씩만 나옵니다.")
    else:
        text = (f"The substring `{piece}` of length {best} starts at positions {where}; "
                f"every substring of length {best + 1} appears only once.")
print(text)
