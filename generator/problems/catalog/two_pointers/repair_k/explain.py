"""A sample's explanation: names one longest block and its zeros (computed from the sample)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, k, s = int(toks[0]), int(toks[1]), toks[2]
best = (0, 0, 0)
for l in range(n):
    for r in range(l, n):
        if s[l:r + 1].count("0") <= k and r - l + 1 > best[0]:
            best = (r - l + 1, l + 1, r + 1)
length, l, r = best
if length == 0:
    print("K = 0이고 1이 하나도 없으므로 답은 0입니다." if ko else "K = 0 and there is no 1, so the answer is 0.")
else:
    zeros = s[l - 1:r].count("0")
    if ko:
        held = "0이 없으므로 이미 모두 1이고" if zeros == 0 else f"0이 {zeros}개뿐이므로 모두 1로 만들 수 있고"
        print(f"{l}번째부터 {r}번째까지의 구간 {s[l - 1:r]}에는 {held}, 더 긴 구간은 없습니다. 답은 {length}입니다.")
    else:
        held = ("hold no 0, so they are all 1 already" if zeros == 0 else
                f"hold only {zeros} zero{'s' if zeros > 1 else ''}, so all of them can become 1")
        print(f"Positions {l} to {r}, {s[l - 1:r]}, {held}; no longer block can be made all 1. The answer is {length}.")
