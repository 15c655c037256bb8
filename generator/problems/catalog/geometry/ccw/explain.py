"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
nums = list(map(int, case["input"].split()))
answers = case["output"].split()
parts = []
for i in range(nums[0]):
    x1, y1, x2, y2, x3, y3 = nums[1 + 6 * i:7 + 6 * i]
    a, b, c, d = x2 - x1, y2 - y1, x3 - x1, y3 - y1
    cross = a * d - b * c
    formula = f"({a})·({d}) − ({b})·({c}) = {cross}"
    if ko:
        kind = "양수이므로 반시계 방향" if cross > 0 else "음수이므로 시계 방향" if cross < 0 else "0이므로 한 직선 위"
        parts.append(f"{i + 1}번: P₂ − P₁ = ({a}, {b}), P₃ − P₁ = ({c}, {d}), 외적 {formula}, {kind}, 답 {answers[i]}")
    else:
        kind = "positive: counterclockwise" if cross > 0 else "negative: clockwise" if cross < 0 else "0: on one line"
        parts.append(f"Line {i + 1}: P₂ − P₁ = ({a}, {b}), P₃ − P₁ = ({c}, {d}), cross product {formula}, {kind}, "
                     f"answer {answers[i]}")
head = ("P₁ → P₂ 벡터와 P₁ → P₃ 벡터의 외적의 부호가 방향을 정합니다. " if ko else
        "The sign of the cross product of P₁ → P₂ and P₁ → P₃ decides the turn. ")
print(head + ". ".join(parts[:4]) + "." + ((" 나머지도 같은 방법으로 구합니다." if ko else " The others are found the same way.")
                                          if len(parts) > 4 else ""))
