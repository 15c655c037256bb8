"""A sample's explanation from its input: the values sorted from largest, and where the h-th one drops below h."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
c = sorted(map(int, toks[1:1 + n]), reverse=True)
h = int(case["output"].split()[0])
shown = ", ".join(map(str, c))
if ko:
    tail = f" {h + 1}번째 값({c[h]})은 {h + 1}보다 작습니다." if h < n else ""
    print(f"큰 것부터 정렬하면 {shown}입니다. 앞의 {h}개는 모두 {h} 이상이고,{tail} 따라서 답은 {h}입니다.")
else:
    k = h + 1
    nth = f"{k}{'th' if k % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"
    tail = f"; the {nth} value, {c[h]}, is below {k}" if h < n else ""
    print(f"Sorted from largest: {shown}. The first {h} values are all at least {h}{tail}. So the answer is {h}.")
