"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

It shows one best choice (which are taken, which are left and the sum), not how to find it: the recurrence is the
problem (the table walk it printed before gave the whole solution away)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, a = data[0], [0] + data[1:data[0] + 1]
answer = case["output"].strip()
texts = case.get("texts") or {}
glass = texts.get("glass", "개" if ko else "glass")
glasses = texts.get("glasses", "glasses")

# One best choice, found the same way the reference finds its answer (never printed).
best = [0] * (n + 1)
best[1] = a[1]
if n >= 2:
    best[2] = a[1] + a[2]
for i in range(3, n + 1):
    best[i] = max(best[i - 1], best[i - 2] + a[i], best[i - 3] + a[i - 1] + a[i])
taken, i = [], n
while i > 0:
    if i <= 2:
        taken += list(range(1, i + 1))
        break
    if best[i] == best[i - 1]:
        i -= 1
    elif best[i] == best[i - 2] + a[i]:
        taken.append(i)
        i -= 2
    else:
        taken += [i, i - 1]
        i -= 3
taken.sort()



left = [k for k in range(1, n + 1) if k not in taken]
total = " + ".join(str(a[k]) for k in taken) if len(taken) <= 12 else f"{a[taken[0]]} + … + {a[taken[-1]]}"
picked = ", ".join(map(str, taken))
skipped = ", ".join(map(str, left))
if ko:
    rest = (f" {skipped}번은 남겨서 나란히 놓인 세 {glass}을(를) 모두 고른 곳은 없습니다." if left else "")
    print(f"{picked}번을 고르면 {total} = {answer}입니다.{rest} 규칙을 지키면서 이보다 많이 얻는 방법은 없습니다.")
else:
    rest = (f" {glasses.capitalize()} {skipped} are left, so no three side by side are all taken." if left else "")
    print(f"Taking {glasses} {picked} gives {total} = {answer}.{rest} No choice that keeps the rule gets more.")
