"""A sample's explanation: one longest strictly decreasing subsequence that stays (O(N^2) DP over the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a = list(map(int, case["input"].split()[1:]))
n = len(a)
keep, prev = [1] * n, [-1] * n
for i in range(n):
    for j in range(i):
        if a[j] > a[i] and keep[j] + 1 > keep[i]:
            keep[i], prev[i] = keep[j] + 1, j
i = max(range(n), key=lambda x: (keep[x], -x))
kept = []
while i >= 0:
    kept.append(a[i])
    i = prev[i]
kept.reverse()
removed = int(case["output"].split()[0])
shown = ", ".join(map(str, kept))
if len(kept) != n - removed:
    print(f"답은 {removed}입니다." if ko else f"The answer is {removed}.")
elif ko:
    print(f"{shown}만 남기면 순감소하고, 이보다 긴 순감소 부분 수열은 없으므로 {n}개 중 {removed}개를 빼야 합니다.")
else:
    print(f"Keeping {shown} leaves a strictly decreasing sequence, and no longer one exists, so {removed} of the "
          f"{n} values must be removed.")
