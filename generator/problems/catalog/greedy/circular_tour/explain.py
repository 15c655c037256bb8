"""A sample's explanation: the load along the round from the answer's start, or why every start fails. Reads
{"input", "output", "language", "params", "texts"} as JSON (texts: the theme's words for the stops and the load)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
station = texts.get("station", "정류장" if ko else "station")
fuel = texts.get("fuel", "연료" if ko else "fuel")
data = list(map(int, case["input"].split()))
n = data[0]
gain, cost = data[1:1 + n], data[1 + n:1 + 2 * n]
answer = int(case["output"].split()[0])
if answer < 0:
    print(f"받는 양의 합({sum(gain)})이 드는 양의 합({sum(cost)})보다 작으므로 어디서 출발해도 불가능합니다: -1." if ko
          else f"The total received, {sum(gain)}, is less than the total needed, {sum(cost)}, so no start works: -1.")
else:
    tank, steps = 0, []
    for k in range(n):
        i = (answer - 1 + k) % n
        tank += gain[i]
        steps.append(f"{i + 1}: {tank}→{tank - cost[i]}")
        tank -= cost[i]
    shown = ", ".join(steps)
    print(f"{answer}번 {station}에서 출발하면 한 번도 모자라지 않습니다(각 {station}에서 떠날 때 → 다음 {station}에 "
          f"도착할 때의 {fuel}의 양: {shown})." if ko
          else f"Starting at {station} {answer}, the {fuel} on leaving each {station} → on reaching the next is {shown}; "
          f"it never runs short.")
