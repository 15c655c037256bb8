"""A sample's explanation: the longest length, and for each listed position one longest subsequence through it
is possible (O(N^2) DP over the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a = list(map(int, case["input"].split()[1:]))
n = len(a)
ending = [1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i]:
            ending[i] = max(ending[i], ending[j] + 1)
best = max(ending)
out = case["output"].split()
positions = ", ".join(out[1:])
skipped = n - int(out[0])
if ko:
    print(f"가장 긴 증가하는 부분 수열의 길이는 {best}이고, 그중 하나 이상에 쓰이는 위치는 {positions}입니다."
          + (f" 나머지 {skipped}개 위치는 어느 가장 긴 부분 수열에도 쓰이지 않습니다." if skipped else ""))
else:
    used = f"positions {positions} are" if int(out[0]) > 1 else f"position {positions} is"
    other = "The other position is" if skipped == 1 else f"The other {skipped} positions are"
    print(f"The longest strictly increasing subsequences have length {best}; {used} used by at least one of them."
          + (f" {other} used by none." if skipped else ""))
