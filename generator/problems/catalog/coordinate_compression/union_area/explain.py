"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
rects = [nums[1 + 4 * i:5 + 4 * i] for i in range(nums[0])]
total = sum((x2 - x1) * (y2 - y1) for x1, y1, x2, y2 in rects)
answer = int(case["output"].split()[0])
areas = " + ".join(str((x2 - x1) * (y2 - y1)) for x1, y1, x2, y2 in rects)
if ko:
    text = f"각 직사각형의 넓이의 합은 {areas} = {total}이고, 겹친 부분을 한 번만 세면 {answer}입니다."
else:
    text = f"The rectangles' own areas add up to {areas} = {total}; counting the overlapping parts once gives {answer}."
print(text)
