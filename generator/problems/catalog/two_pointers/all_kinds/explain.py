"""A sample's explanation: names one shortest covering block (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
c = [int(v) for v in toks[2:2 + n]]
found = None
for length in range(1, n + 1):
    for l in range(n - length + 1):
        if len(set(c[l:l + length])) == k:
            found = (l + 1, l + length)
            break
    if found:
        break
if found is None:
    missing = min(set(range(1, k + 1)) - set(c))
    print(f"{missing}번 종류가 한 번도 나오지 않으므로 답은 -1입니다." if ko
          else f"Kind {missing} occurs nowhere, so the answer is -1.")
else:
    l, r = found
    shown = " ".join(map(str, c[l - 1:r]))
    if ko:
        print(f"{l}번째부터 {r}번째까지({shown})에 {k}종류가 모두 있고, 더 짧은 구간은 없습니다. 답은 {r - l + 1}입니다.")
    else:
        print(f"Positions {l} to {r} ({shown}) contain all {k} kinds, and no shorter block does. The answer is {r - l + 1}.")
