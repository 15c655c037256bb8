"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.

It shows one best choice of offers and its pay, not how to find it (the table from the last day back that it printed
before gave the whole solution away)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
t = [0] + data[1::2][:n]
p = [0] + data[2::2][:n]
answer = case["output"].strip()



texts = case.get("texts") or {}
offer = texts.get("offer", "일" if ko else "offer")
offers = texts.get("offers", "offers")
pay = texts.get("pay", "보수")

best = [0] * (n + 2)
for i in range(n, 0, -1):
    best[i] = best[i + 1]
    if i + t[i] <= n + 1:
        best[i] = max(best[i], p[i] + best[i + t[i]])
taken, i = [], 1
while i <= n:
    if best[i] != best[i + 1]:
        taken.append(i)
        i += t[i]
    else:
        i += 1
total = " + ".join(str(p[i]) for i in taken) if len(taken) <= 12 else f"{p[taken[0]]} + … + {p[taken[-1]]}"
shown = f"{total} = {answer}" if len(taken) > 1 else answer
if ko:
    days = ", ".join(f"{i}일째({i}~{i + t[i] - 1}일째, {p[i]})" if t[i] > 1 else f"{i}일째(그날 하루, {p[i]})"
                     for i in taken)
    if taken:
        print(f"{days}에 들어오는 {offer}을(를) 받아들이면 {pay}의 합은 {shown}입니다. 이 {offer}들은 "
              f"기간이 겹치지 않고 모두 {n}일째까지 끝나며, 이보다 많이 받는 방법은 없습니다.")
    else:
        print(f"어느 {offer}도 {n}일째까지 끝나지 않으므로 받아들일 수 있는 {offer}이(가) 없고, 답은 "
              f"{answer}입니다.")
else:
    days = ", ".join(f"day {i} (days {i}–{i + t[i] - 1}, {p[i]})" if t[i] > 1 else f"day {i} (that day only, {p[i]})"
                     for i in taken)
    if taken:
        print(f"Taking the {offers} of {days} pays {shown}. They do not overlap and all end by day {n}; no other "
              f"choice pays more.")
    else:
        print(f"No {offer} ends by day {n}, so none can be taken and the answer is {answer}.")
