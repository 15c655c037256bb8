"""A sample's explanation: replays the rounds on the sample and names the last one left."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
things = [int(x) for x in toks[1:1 + int(toks[0])]]
steps = []
while len(things) > 1:
    things.sort()
    x, y = things.pop(), things.pop()
    steps.append(f"{x}, {y} → {x - y}" if x != y else f"{x}, {y} → -")
    if x != y:
        things.append(x - y)
left = things[0] if things else 0
shown = "; ".join(steps[:5]) + ("; ..." if len(steps) > 5 else "")
if ko:
    print(f"차례대로 {shown}. 마지막 답은 {left}입니다." if steps else f"하나뿐이므로 답은 {left}입니다.")
else:
    print(f"The rounds go {shown}. The answer is {left}." if steps else f"Only one is there, so the answer is {left}.")
