"""A sample's explanation: the different totals themselves (samples are tiny, every choice is listed)."""
import json
import sys
from itertools import combinations

case = json.load(sys.stdin)
ko = case["language"] == "ko"


data = list(map(int, case["input"].split()))
n, ws = data[0], data[1:1 + data[0]]
answer = int(case["output"].split()[0])
totals = sorted({sum(c) for k in range(1, n + 1) for c in combinations(ws, k)})
shown = ", ".join(map(str, totals)) if len(totals) <= 30 else ", ".join(map(str, totals[:30])) + ", ..."
choices = (1 << n) - 1
if ko:
    print(f"고르는 방법은 {choices}가지이고, 합은 {shown}(으)로 서로 다른 값이 {answer}개입니다.")
else:
    print(f"There are {choices} non-empty choices; their totals are {shown}: {answer} different values.")
