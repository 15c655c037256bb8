"""A sample's explanation: names one shortest covering block (computed from the sample)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
words = case["texts"]  # the theme's: kind ("fruit kind", "과일 종류"), kinds, unit ("stalls")
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
    kind = words["kind"]
    print(f"{missing}번 {kind}이(가) 한 번도 나오지 않으므로 답은 -1입니다." if ko
          else f"{kind[0].upper() + kind[1:]} {missing} occurs nowhere, so the answer is -1.")
else:
    l, r = found
    shown = " ".join(map(str, c[l - 1:r]))
    if ko:
        print(f"{l}번째부터 {r}번째까지({shown})에 {words['kind']} {k}개가 모두 나오고, 더 짧은 구간은 없습니다. "
              f"답은 {r - l + 1}입니다.")
    else:
        unit = words["unit"]
        print(f"{unit[0].upper() + unit[1:]} {l} to {r} ({shown}) cover all {k} {words['kinds']}, and no shorter "
              f"range does. The answer is {r - l + 1}.")
