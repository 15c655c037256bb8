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
    if x != y:
        steps.append(f"{x}, {y} → {x - y}")
        things.append(x - y)
    else:
        steps.append(f"{x}, {y} → 둘 다 사라짐" if ko else f"{x}, {y} → both vanish")
left = things[0] if things else 0
shown = "; ".join(steps[:5]) + ("; ..." if len(steps) > 5 else "")
if ko:
    end = f"{left} 하나만 남으므로 답은 {left}입니다." if things else "아무것도 남지 않으므로 답은 0입니다."
    print(f"차례대로 {shown}. {end}" if steps else f"하나뿐이므로 답은 {left}입니다.")
else:
    end = f"Only {left} is left, so the answer is {left}." if things else "Nothing is left, so the answer is 0."
    print(f"The rounds go {shown}. {end}" if steps else f"Only one is there, so the answer is {left}.")
