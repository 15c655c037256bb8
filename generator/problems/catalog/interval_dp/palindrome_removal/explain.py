"""A sample's explanation, computed from the sample: one shortest sequence of removals (breadth-first search
over the rows that can remain; samples are short)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
start = tuple(data[1:1 + data[0]])
parent = {start: None}
frontier = [start]
while () not in parent:
    following = []
    for row in frontier:
        for i in range(len(row)):
            for j in range(i + 1, len(row) + 1):
                block = row[i:j]
                if block == block[::-1]:
                    rest = row[:i] + row[j:]
                    if rest not in parent:
                        parent[rest] = (row, block)
                        following.append(rest)
    frontier = following
blocks = []
state = ()
while parent[state] is not None:
    state, block = parent[state]
    blocks.append(" ".join(map(str, block)))
blocks.reverse()
shown = ", ".join(f"[{b}]" for b in blocks)
if ko:
    print(f"{shown} 순서로 없애면 {len(blocks)}번에 모두 없어지며, 이보다 적게는 불가능합니다.")
else:
    count = len(blocks)
    print(f"Removing {shown} in this order clears the row with {count} removal{'' if count == 1 else 's'}, and "
          "fewer is impossible.")
