"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON. Replays the
students and names the switches each one changes."""
import json
import sys


case = json.load(sys.stdin)
data = case["input"].split()
n = int(data[0])
state = [0] + [int(x) for x in data[1:1 + n]]
s = int(data[1 + n])
ko = case["language"] == "ko"
lines = []
for t in range(s):
    g, k = int(data[2 + n + 2 * t]), int(data[3 + n + 2 * t])
    if g == 1:
        changed = list(range(k, n + 1, k))
    else:
        d = 0
        while k - d - 1 >= 1 and k + d + 1 <= n and state[k - d - 1] == state[k + d + 1]:
            d += 1
        changed = list(range(k - d, k + d + 1))
    for i in changed:
        state[i] ^= 1
    names = ", ".join(map(str, changed))
    after = " ".join(map(str, state[1:]))
    if ko:
        who = f"남학생($k = {k}$)은 {k}의 배수" if g == 1 else f"여학생($k = {k}$)은 {k}번을 가운데로 하는 가장 긴 대칭 구간"
        lines.append(f"{t + 1}번째 학생: {who}인 {names}번의 상태를 바꿉니다. → `{after}`")
    else:
        who = f"a boy ($k = {k}$) changes the multiples of {k}" if g == 1 else \
            f"a girl ($k = {k}$) changes the longest symmetric stretch centred on {k}"
        lines.append(f"Student {t + 1}: {who}, number{'s' if len(changed) != 1 else ''} {names}. → `{after}`")
print(" ".join(lines))
