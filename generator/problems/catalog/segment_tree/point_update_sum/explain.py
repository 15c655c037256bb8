"""A sample's explanation, computed from the sample: the row before each query and the first totals."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
lines = []
pos = 2 + n
for _ in range(q):
    t, x, y = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    if t == 1:
        a[x - 1] = y
        continue
    terms = " + ".join(f"({v})" if v < 0 else str(v) for v in a[x - 1:y])
    total = sum(a[x - 1:y])
    lines.append(f"`2 {x} {y}`: {terms} = {total}")
    if len(lines) == 3:
        break
more = pos < len(data)
head = ("앞쪽 `2` 연산의 합(그 전의 변경을 반영): " if ko else "The first sums asked, with the earlier changes applied: ") \
    if more else ("`2` 연산의 합(그 전의 변경을 반영): " if ko else "The sums asked, with the earlier changes applied: ")
print(head + "; ".join(lines) + ".")
