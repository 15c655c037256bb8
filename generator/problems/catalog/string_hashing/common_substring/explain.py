"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
_, _, a, b = case["input"].split()
best = int(case["output"].split()[0])
if best == 0:
    text = "공통인 글자가 없으므로 답은 0입니다." if ko else "No letter is common to both strings, so the answer is 0."
else:
    windows_b = {b[j:j + best]: j + 1 for j in range(len(b) - best, -1, -1)}
    i, piece = next((i + 1, a[i:i + best]) for i in range(len(a) - best + 1) if a[i:i + best] in windows_b)
    j = windows_b[piece]
    if ko:
        text = (f"`{piece}`의 길이는 {best}이고, $A$에서는 위치 {i}, $B$에서는 위치 {j}에서 시작합니다. "
                f"길이 {best + 1}인 공통 부분 문자열은 없습니다.")
    else:
        text = (f"`{piece}` (length {best}) starts at position {i} of $A$ and at position {j} of $B$; "
                f"no common substring has length {best + 1}.")
print(text)
