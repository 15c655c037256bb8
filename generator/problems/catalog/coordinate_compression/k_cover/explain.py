"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
n, k = nums[0], nums[1]
segs = [(nums[2 + 2 * i], nums[3 + 2 * i]) for i in range(n)]
coords = sorted({c for s in segs for c in s})
pieces = []
for a, b in zip(coords, coords[1:]):
    depth = sum(1 for l, r in segs if l <= a and b <= r)
    if depth >= k:
        if pieces and pieces[-1][1] == a:
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
total = sum(b - a for a, b in pieces)
shown = ", ".join(f"[{a}, {b}]" for a, b in pieces)
if ko:
    text = f"{k}개 이상의 선분에 덮인 부분은 {shown}이고, 길이의 합은 {total}입니다." if pieces else \
        f"{k}개 이상의 선분에 덮인 부분의 길이는 0입니다."
else:
    text = (f"The {'part' if len(pieces) == 1 else 'parts'} covered by at least {k} segment{'s' if k != 1 else ''} "
            f"{'is' if len(pieces) == 1 else 'are'} {shown}, of total length {total}.") if pieces else \
        f"No part of positive length is covered by {k} segment{'s' if k != 1 else ''}."
print(text)
