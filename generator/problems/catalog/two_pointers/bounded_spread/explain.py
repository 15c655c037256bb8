"""A sample's explanation: for each right end, the steady blocks ending there (computed from the sample)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
per_end = [sum(1 for l in range(r + 1) if max(a[l:r + 1]) - min(a[l:r + 1]) <= k) for r in range(n)]
shown = " + ".join(map(str, per_end))
if ko:
    print(f"오른쪽 끝이 첫 번째, 두 번째, …, {n}번째인 안정적인 구간의 개수는 각각 {shown}이므로 답은 {sum(per_end)}입니다.")
else:
    print(f"The steady blocks ending at positions 1, 2, ..., {n} number {shown}, so the answer is {sum(per_end)}.")
