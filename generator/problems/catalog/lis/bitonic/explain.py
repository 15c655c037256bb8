"""A sample's explanation: one longest rising-then-falling subsequence, found by an O(N^2) DP over the sample."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
a = list(map(int, case["input"].split()[1:]))
n = len(a)
inc, pi = [1] * n, [-1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and inc[j] + 1 > inc[i]:
            inc[i], pi[i] = inc[j] + 1, j
dec, nd = [1] * n, [-1] * n
for i in range(n - 1, -1, -1):
    for j in range(i + 1, n):
        if a[j] < a[i] and dec[j] + 1 > dec[i]:
            dec[i], nd[i] = dec[j] + 1, j
peak = max(range(n), key=lambda i: (inc[i] + dec[i], -i))
left, i = [], peak
while i >= 0:
    left.append(a[i])
    i = pi[i]
right, i = [], nd[peak]
while i >= 0:
    right.append(a[i])
    i = nd[i]
seq = left[::-1] + right
best = int(case["output"].split()[0])
shown = ", ".join(map(str, seq)) if len(seq) == best else ""
if ko:
    print(f"가장 긴 오르다 내려가는 부분 수열의 길이는 {best}입니다" + (f" (예: {shown})." if shown else "."))
else:
    print(f"The longest rising-then-falling subsequence has length {best}" + (f" (for example {shown})." if shown else "."))
