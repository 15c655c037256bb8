"""A sample's explanation: the running totals up to the answer (samples are tiny)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, t = data[0], data[1]
a = data[2:2 + n]
answer = int(case["output"].split()[0])
totals, run = [], 0
for v in a:
    run += v
    totals.append(run)
shown = ", ".join(map(str, totals if answer == -1 else totals[:answer]))
if answer == -1:
    print(f"누적 합계는 차례로 {shown}이고, 어느 것도 {t} 이상이 아니므로 답은 -1입니다." if ko else
          f"The running totals are {shown}; none of them is at least {t}, so the answer is -1.")
else:
    print(f"누적 합계는 차례로 {shown}이고, {answer}번째 위치에서 처음으로 {t} 이상({totals[answer - 1]})이 됩니다." if ko else
          f"The running totals are {shown}; position {answer} is the first whose total ({totals[answer - 1]}) is at least {t}.")
