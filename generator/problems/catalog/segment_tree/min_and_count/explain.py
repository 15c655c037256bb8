"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
n, q = map(int, lines[0].split())
a = [int(x) for x in lines[1].split()]
steps = []
for line in lines[2:2 + q]:
    kind, x, y = map(int, line.split())
    if kind == 1:
        a[x - 1] = y
        steps.append(f"{f'a_{x}'}이(가) {y}(으)로 바뀌어 {' '.join(map(str, a))}" if ko else
                     f"a_{x} becomes {y}: {' '.join(map(str, a))}")
    else:
        part = a[x - 1:y]
        m = min(part)
        steps.append(f"{x}~{y}번은 {' '.join(map(str, part))}, 가장 작은 값 {m}이(가) {part.count(m)}개 → {m} "
                     f"{part.count(m)}" if ko else
                     f"{x}..{y} holds {' '.join(map(str, part))}: smallest {m}, {part.count(m)} "
                     f"{'time' if part.count(m) == 1 else 'times'} → {m} {part.count(m)}")
shown = "; ".join(steps[:10]) + ("; ..." if len(steps) > 10 else "")
print(f"연산을 차례로 처리하면 {shown}입니다." if ko else f"The operations in order: {shown}.")
