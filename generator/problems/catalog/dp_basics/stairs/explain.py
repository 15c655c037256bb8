"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

It shows one best walk (the steps stood on, the ones skipped and the sum), not how to find it: the recurrence is the
problem (the table it printed before gave the whole solution away)."""
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
steps = ", ".join(map(str, walk))
texts = case.get("texts") or {}  # the theme's words, as in the statement
step = texts.get("step", "칸" if ko else "step")
steps_word = texts.get("steps", "steps")



total = " + ".join(str(s[k]) for k in walk) if len(walk) <= 12 else f"{s[walk[0]]} + … + {s[walk[-1]]}"
missed = [k for k in range(1, n + 1) if k not in walk]
if ko:
    rest = f" {', '.join(map(str, missed))}번 {step}은(는) 건너뛰므로 연속한 세 {step}을(를) 밟는 곳은 없습니다." if missed else ""
    print(f"{steps}번 {step}을(를) 밟으면 {total} = {answer}입니다.{rest} {n}번 {step}에서 끝나면서 이보다 많이 모으는 "
          f"방법은 없습니다.")
else:
    rest = (f" {steps_word.capitalize()} {', '.join(map(str, missed))} are skipped, so no three {steps_word} in a row are "
            f"stood on." if missed else "")
    print(f"Standing on {steps_word} {steps} collects {total} = {answer}.{rest} No walk that ends on {step} {n} "
          f"collects more.")
