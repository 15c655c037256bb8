"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, s = data[0], [0] + data[1:data[0] + 1]
answer = case["output"].strip()

best = [0] * (n + 1)
came = [0] * (n + 1)  # 2: from i - 2; 1: from i - 1, which came from i - 3
best[1] = s[1]
if n >= 2:
    best[2], came[2] = s[1] + s[2], 1
for i in range(3, n + 1):
    if best[i - 2] >= best[i - 3] + s[i - 1]:
        best[i], came[i] = s[i] + best[i - 2], 2
    else:
        best[i], came[i] = s[i] + best[i - 3] + s[i - 1], 1
walk, i = [], n
while i > 0:
    walk.append(i)
    if came[i] == 2:
        i -= 2
    elif came[i] == 1:
        walk.append(i - 1)
        i -= 3
    else:
        i -= 1 if i == 1 else 2
walk = sorted(w for w in walk if w > 0)
listed = ", ".join(map(str, best[1:]))
steps = ", ".join(map(str, walk))
texts = case.get("texts") or {}  # the theme's words, as in the statement
step = texts.get("step", "칸" if ko else "step")
steps_word = texts.get("steps", "steps")
if ko:
    print(f"best[i]는 i번째 {step}에서 끝날 때의 최댓값입니다. 바로 전에 i − 2번째를 밟았거나, i − 1번째를 밟았는데 그 전에는 "
          f"i − 3번째를 밟았어야 합니다(연속한 세 {step} 금지): best[i] = s[i] + max(best[i − 2], best[i − 3] + s[i − 1]). "
          f"차례로 {listed}이고, 답은 best[{n}] = {answer}입니다. 밟는 번호: {steps}.")
else:
    print(f"best[i] is the best total of a walk ending on {step} i. The {step} stood on before was i − 2, or i − 1, "
          f"which then had to be reached from i − 3 (never three {steps_word} in a row): "
          f"best[i] = s[i] + max(best[i − 2], best[i − 3] + s[i − 1]). "
          f"In order: {listed}; the answer is best[{n}] = {answer}, standing on {steps_word} {steps}.")
