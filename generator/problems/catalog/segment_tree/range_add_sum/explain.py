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
    op = list(map(int, line.split()))
    if op[0] == 1:
        _, l, r, v = op
        for i in range(l - 1, r):
            a[i] += v
        steps.append(f"{l}~{r}번에 {v}씩 더하면 {' '.join(map(str, a))}" if ko else
                     f"adding {v} to {l}..{r} gives {' '.join(map(str, a))}")
    else:
        _, l, r = op
        part = a[l - 1:r]
        steps.append(f"{l}~{r}번의 합 {' + '.join(map(str, part))} = {sum(part)}" if ko else
                     f"{l}..{r} totals {' + '.join(map(str, part))} = {sum(part)}")
shown = "; ".join(steps[:10]) + ("; ..." if len(steps) > 10 else "")
print(f"연산을 차례로 처리하면 {shown}입니다." if ko else f"The operations in order: {shown[0].upper() + shown[1:]}.")
