"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
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
listed = ", ".join(f"best[{i}] = {best[i]}" for i in range(n, 0, -1))
if ko:
    days = ", ".join(f"{i}일째({i}~{i + t[i] - 1}일째, {p[i]})" if t[i] > 1 else f"{i}일째(그날 하루, {p[i]})"
                     for i in taken)
    print(f"best[i]는 i일째부터 N일째까지 들어오는 {offer}만으로 받을 수 있는 {pay} 합의 최댓값입니다. i일째 {offer}을(를) 건너뛰면 "
          f"best[i + 1], 받아들이면(N일째까지 끝날 때만) P_i + best[i + T_i]입니다. 마지막 날부터 거꾸로: {listed}. "
          f"고른 {offer}은(는) {days}이고, 합은 {answer}입니다.")
else:
    days = ", ".join(f"day {i} (days {i}–{i + t[i] - 1}, {p[i]})" if t[i] > 1 else f"day {i} (that day only, {p[i]})"
                     for i in taken)
    print(f"best[i] is the most pay from the {offers} of days i to N: skipping day i gives best[i + 1], taking its {offer} "
          f"(only if it is done by day N) gives P_i + best[i + T_i]. From the last day back: {listed}. "
          f"The {offers} taken: {days}, {answer} in total.")
