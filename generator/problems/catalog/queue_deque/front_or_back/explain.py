"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
left = texts.get("left", "왼쪽 끝" if ko else "left end")
right = texts.get("right", "오른쪽 끝" if ko else "right end")
row_word = texts.get("row", "줄" if ko else "row")
nums = list(map(int, case["input"].split()))
a = nums[1:1 + nums[0]]
# the greedy: each value on the side with fewer inversions against the earlier ones (front on a tie)
row = deque([a[0]])
sides = []
for i, v in enumerate(a[1:], start=1):
    smaller = sum(1 for u in a[:i] if u < v)
    larger = sum(1 for u in a[:i] if u > v)
    if smaller <= larger:
        row.appendleft(v)
        sides.append(("F", v, smaller))
    else:
        row.append(v)
        sides.append(("B", v, larger))
final = ", ".join(map(str, row))
total = sum(c for _, _, c in sides)
if ko:
    steps = ", ".join(f"{v}({left if s == 'F' else right})" for s, v, _ in sides)
    print(f"{a[0]}부터 놓고 {steps} 순서로 붙이면 {row_word}을(를) {left}에서부터 읽은 결과는 {final}, 역전은 {total}개입니다. 어떻게 붙여도 이보다 적게 만들 수는 없습니다.")
else:
    steps = ", ".join(f"{v} at the {left if s == 'F' else right}" for s, v, _ in sides)
    print(f"After {a[0]}, add {steps}: it reads {final} with {total} {'inversion' if total == 1 else 'inversions'}. No choice of sides gives fewer.")
