"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
n = nums[0]
pts = [(nums[1 + 2 * i], nums[2 + 2 * i]) for i in range(n)]
terms = [pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1] for i in range(n)]
total = sum(terms)
shown = " + ".join(f"({t})" for t in terms)
answer = case["output"].strip()
if ko:
    turn = "반시계 방향이라 합이 양수" if total > 0 else "시계 방향이라 합이 음수"
    print(f"신발끈 공식: 각 변 (xᵢ, yᵢ) → (xᵢ₊₁, yᵢ₊₁)마다 xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ를 더하며, 마지막 꼭짓점에서 첫 꼭짓점으로 "
          f"돌아오는 변도 더합니다: {shown} = {total}. 꼭짓점이 {turn}입니다. 넓이는 |{total}| / 2 = {answer}입니다.")
else:
    turn = "counterclockwise, so the sum is positive" if total > 0 else "clockwise, so the sum is negative"
    print(f"The shoelace formula adds xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ over every edge (xᵢ, yᵢ) → (xᵢ₊₁, yᵢ₊₁), including the edge from "
          f"the last vertex back to the first: {shown} = {total}. The vertices go {turn}. The area is |{total}| / 2 = "
          f"{answer}.")
