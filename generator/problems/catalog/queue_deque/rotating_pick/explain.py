"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's word for the things, so that a thing's number is not read as an operation's)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
thing = (case.get("texts") or {}).get("thing", "항목" if ko else "item")
tokens = case["input"].split()
n, m = int(tokens[0]), int(tokens[1])
line = deque(range(1, n + 1))
steps = []
for want in map(int, tokens[2:2 + m]):
    pos = line.index(want)
    left, right = pos, len(line) - pos
    if left == 0:
        steps.append(f"{want}번 {thing}은(는) 이미 맨 앞에 있습니다" if ko else f"{thing} {want} is already in front")
    elif left <= right:
        line.rotate(-left)
        steps.append(f"{want}번 {thing}을(를) 꺼내기 전에 2번 연산을 {left}회 합니다" if ko else
                     f"before taking out {thing} {want}, operation 2 is done {left} time{'s' if left > 1 else ''}")
    else:
        line.rotate(right)
        steps.append(f"{want}번 {thing}을(를) 꺼내기 전에 3번 연산을 {right}회 합니다" if ko else
                     f"before taking out {thing} {want}, operation 3 is done {right} time{'s' if right > 1 else ''}")
    line.popleft()
total = case["output"].strip()
if ko:
    print(". ".join(steps) + f". 연산은 모두 {total}회입니다.")
else:
    text = "; ".join(steps)
    print(f"{text[0].upper()}{text[1:]}. {total} in all.")
