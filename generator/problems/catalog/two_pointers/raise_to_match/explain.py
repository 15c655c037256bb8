"""A sample's explanation: which values are raised to the answer value and at what cost (from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"


toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
a = sorted(int(v) for v in toks[2:2 + n])
best = (0, 0, 0)
for r in range(n):
    l = r
    while l > 0 and a[r] * (r - l + 2) - sum(a[l - 1:r + 1]) <= k:
        l -= 1
    if r - l + 1 > best[0]:
        best = (r - l + 1, l, r)
c, l, r = best
v = a[r]
cost = v * c - sum(a[l:r + 1])
raised = " ".join(map(str, a[l:r + 1]))
if ko:
    print(f"정렬하면 {' '.join(map(str, a))}입니다. {raised}을(를) 모두 {v}(으)로 올리는 데 {cost}번이 들고 이는 {k} 이하입니다. "
          f"더 많이 맞출 수는 없고, {c}개를 맞출 수 있는 가장 작은 값이 {v}이므로 답은 {c} {v}입니다.")
else:
    print(f"Sorted: {' '.join(map(str, a))}. Raising {raised} all to {v} costs {cost} ≤ {k} operations. "
          f"No more can be matched, and {v} is the smallest value {c} of them can share, so the answer is {c} {v}.")
