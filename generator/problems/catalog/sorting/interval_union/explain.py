"""A sample's explanation from its input: the pieces of the union after sorting by left end."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
segs = sorted((int(toks[1 + 2 * i]), int(toks[2 + 2 * i])) for i in range(n))
pieces = [list(segs[0])]
for l, r in segs[1:]:
    if l <= pieces[-1][1]:
        pieces[-1][1] = max(pieces[-1][1], r)
    else:
        pieces.append([l, r])
shown = ", ".join(f"[{l}, {r}]" for l, r in pieces)
lengths = " + ".join(str(r - l) for l, r in pieces)
total = sum(r - l for l, r in pieces)
if ko:
    print(f"왼쪽 끝 순서로 정렬해 합치면 {shown}의 {len(pieces)}개이고, 길이는 {lengths} = {total}입니다.")
else:
    print(f"Sorted by left end and merged: {shown}, that is {len(pieces)} piece(s) of total length {lengths} = {total}.")
