"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
pts = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(nums[0])]
xs = sorted({x for x, _ in pts})
ys = sorted({y for _, y in pts}, reverse=True)
h, w = case["output"].split()[:2]
xs_text = ", ".join(map(str, xs))
ys_text = ", ".join(map(str, ys))
if ko:
    # no particle right after a number: '618992980로' is wrong (read ...팔십, so 으로), and this avoids choosing
    text = (f"서로 다른 x좌표는 작은 것부터 {xs_text}, 모두 {w}개이므로 열이 {w}개이고, "
            f"서로 다른 y좌표는 큰 것부터 {ys_text}, 모두 {h}개이므로 행이 {h}개입니다.")
else:
    text = (f"The different x-coordinates, from the smallest, are {xs_text}: {w} columns. "
            f"The different y-coordinates, from the largest, are {ys_text}: {h} rows.")
print(text)
