"""A sample's explanation: the cheapest things in order, with the running total, until the budget stops it."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, budget = data[0], data[1]
prices = sorted(data[2:2 + n])
answer = int(case["output"].split()[0])
taken = prices[:answer]
if answer == 0:
    print(f"가장 싼 것도 {prices[0]}(으)로 {budget}보다 비싸므로 0입니다." if ko
          else f"Even the cheapest costs {prices[0]} > {budget}, so the answer is 0.")
else:
    shown = " + ".join(map(str, taken))
    rest = f"; 다음으로 싼 {prices[answer]}까지 사면 {budget}을(를) 넘습니다" if ko and answer < n else ""
    rest_en = f"; adding the next cheapest, {prices[answer]}, would exceed {budget}" if answer < n else ""
    print(f"가장 싼 것부터 {shown} = {sum(taken)} ≤ {budget}{rest}. 답은 {answer}입니다." if ko
          else f"Cheapest first: {shown} = {sum(taken)} ≤ {budget}{rest_en}. The answer is {answer}.")
