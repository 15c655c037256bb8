"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, a = data[0], [0] + data[1:data[0] + 1]
answer = case["output"].strip()

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
listed = ", ".join(map(str, best[1:]))
picked = ", ".join(map(str, taken))
if ko:
    print(f"best[i]는 1번부터 i번까지만 보았을 때의 최댓값입니다. i번을 건너뛰거나(best[i − 1]), i − 1번을 건너뛰고 i번을 "
          f"고르거나(best[i − 2] + a[i]), i − 2번을 건너뛰고 i − 1번과 i번을 고릅니다(best[i − 3] + a[i − 1] + a[i]). "
          f"차례로 {listed}이고, 답은 {answer}입니다. 고른 번호: {picked}.")
else:
    print(f"best[i] is the best total using only positions 1 to i: skip i (best[i − 1]), take i after skipping i − 1 "
          f"(best[i − 2] + a[i]), or take i − 1 and i after skipping i − 2 (best[i − 3] + a[i − 1] + a[i]). "
          f"In order: {listed}; the answer is {answer}, taking {picked}.")
