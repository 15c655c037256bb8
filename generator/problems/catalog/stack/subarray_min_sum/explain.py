"""A sample's explanation from its input: how many blocks each element is the (rightmost) minimum of."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
a = list(map(int, toks[1:1 + n]))
parts = []
for i in range(n):
    count = sum(1 for l in range(i + 1) for r in range(i, n)
                if min(a[l:r + 1]) == a[i] and all(a[k] != a[i] for k in range(i + 1, r + 1)))
    parts.append(f"{a[i]}·{count}")
total = sum(int(p.split("·")[0]) * int(p.split("·")[1]) for p in parts)
if ko:
    print(f"각 값이 (가장 오른쪽) 최솟값이 되는 묶음의 수를 곱해 더하면 {' + '.join(parts)} = {total}입니다.")
else:
    print(f"Each value times the number of blocks where it is the (rightmost) minimum: {' + '.join(parts)} = {total}.")
