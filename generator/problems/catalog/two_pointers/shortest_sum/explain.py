"""A sample's explanation: names one shortest block and its sum (computed from the sample)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"


toks = case["input"].split()
n, s = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
found = None
for length in range(1, n + 1):
    for l in range(n - length + 1):
        if sum(a[l:l + length]) >= s:
            found = (l + 1, l + length)
            break
    if found:
        break
if found:
    l, r = found
    block = " + ".join(map(str, a[l - 1:r]))
    total = sum(a[l - 1:r])
    if ko:
        print(f"{l}번째부터 {r}번째까지의 합 {block} = {total}이(가) {s} 이상이고, 더 짧은 구간은 없습니다. 답은 {r - l + 1}입니다.")
    else:
        print(f"Positions {l} to {r} give {block} = {total} ≥ {s}, and no shorter block does. The answer is {r - l + 1}.")
else:
    total = sum(a)
    print(f"전체 합 {total}도 {s}보다 작으므로 답은 0입니다." if ko else f"Even the total {total} is less than {s}, so the answer is 0.")
