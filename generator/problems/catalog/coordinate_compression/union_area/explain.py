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
overlaps = []
for i in range(len(rects)):
    for j in range(i + 1, len(rects)):
        a, b = rects[i], rects[j]
        x1, y1, x2, y2 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
        if x1 < x2 and y1 < y2:
            overlaps.append((i + 1, j + 1, x1, x2, y1, y2, (x2 - x1) * (y2 - y1)))
if overlaps and len(overlaps) <= 3 and total - sum(o[-1] for o in overlaps) == answer:
    # only pairwise overlaps (no point under three rectangles): each counted twice, taken off once
    pieces = ", ".join((f"직사각형 {i}과(와) {j}이(가) 겹친 [{x1}, {x2}] × [{y1}, {y2}](넓이 {area})" if ko else
                        f"[{x1}, {x2}] × [{y1}, {y2}] shared by rectangles {i} and {j} (area {area})")
                       for i, j, x1, x2, y1, y2, area in overlaps)
    minus = " − ".join(str(o[-1]) for o in overlaps)
    text = (f"각 직사각형의 넓이의 합은 {areas} = {total}입니다. 두 번 센 부분은 {pieces}이므로, 한 번씩 빼면 "
            f"{total} − {minus} = {answer}입니다." if ko else
            f"The rectangles' own areas add up to {areas} = {total}. The "
            f"{'part counted twice is' if len(overlaps) == 1 else 'parts counted twice are'} {pieces}; taking "
            f"{'it' if len(overlaps) == 1 else 'each'} off once leaves {total} − {minus} = {answer}.")
elif not overlaps:
    text = (f"겹치는 직사각형이 없으므로 넓이는 {areas} = {answer}입니다." if ko else
            f"No two rectangles overlap, so the area is {areas} = {answer}.")
elif ko:
    text = f"각 직사각형의 넓이의 합은 {areas} = {total}이고, 겹친 부분을 한 번만 세면 {answer}입니다."
else:
    text = f"The rectangles' own areas add up to {areas} = {total}; counting the overlapping parts once gives {answer}."
print(text)
