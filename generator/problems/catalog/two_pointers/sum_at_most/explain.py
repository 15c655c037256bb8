"""A sample's explanation: how many valid blocks end at each position (computed from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, s = int(toks[0]), int(toks[1])
a = [int(v) for v in toks[2:2 + n]]
per_end = [sum(1 for l in range(r + 1) if sum(a[l:r + 1]) <= s) for r in range(n)]
shown = " + ".join(map(str, per_end))
if ko:
    print(f"각 위치에서 끝나는 합 {s} 이하 구간의 수는 차례로 {shown}이므로 답은 {sum(per_end)}입니다.")
else:
    print(f"The numbers of blocks with sum at most {s} ending at each position are {shown}, so the answer is {sum(per_end)}.")
