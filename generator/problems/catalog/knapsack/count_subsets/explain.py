"""A sample's explanation: the choices themselves (by item numbers), listed when there are few."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n, target = data[0], data[1]
ws = data[2:2 + n]
answer = int(case["output"].split()[0])
found = [[i + 1 for i in range(n) if mask >> i & 1] for mask in range(1 << n)
         if sum(ws[i] for i in range(n) if mask >> i & 1) == target] if n <= 14 else []
if answer == 0:
    print(f"합이 정확히 {target}인 고르기가 없으므로 0입니다." if ko else f"No choice has total exactly {target}, so the answer is 0.")
elif found and len(found) <= 8:
    shown = "; ".join("{" + ", ".join(map(str, c)) + "}" for c in found)
    print(f"합이 {target}인 고르기(고른 번호)는 {shown}의 {answer}가지입니다." if ko
          else f"The choices (by number) with total {target} are {shown}: {answer} way{'s' if answer != 1 else ''}.")
else:
    print(f"합이 {target}인 고르기는 {answer}가지입니다." if ko else f"There are {answer} choices with total {target}.")
