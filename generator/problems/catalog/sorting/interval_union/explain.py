"""A sample's explanation from its input: the pieces of the union and their lengths (not how they are found)."""
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
total_shown = f"{lengths} = {total}" if len(pieces) > 1 else str(total)
if ko:
    print(f"겹치거나 맞닿는 구간끼리 합치면 {shown}의 {len(pieces)}개이고, 전체 길이는 {total_shown}입니다.")
else:
    print(f"Joining the intervals that overlap or touch gives {shown}: {len(pieces)} "
          f"{'piece' if len(pieces) == 1 else 'pieces'} of total length {total_shown}.")
