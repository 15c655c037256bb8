"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = list(map(int, case["input"].split()))
n = data[0]
cost = [data[1 + 3 * i:4 + 3 * i] for i in range(n)]
answer = case["output"].strip()
INF = float("inf")
names = ["빨강", "초록", "파랑"] if ko else ["red", "green", "blue"]
item = case["texts"]["item"]  # the story's noun: house, bead, ...

per_pin = []
for first in range(3):
    best = [INF] * 3
    best[first] = cost[0][first]
    for r, g, b in cost[1:]:
        best = [r + min(best[1], best[2]), g + min(best[0], best[2]), b + min(best[0], best[1])]
    per_pin.append(min(best[c] for c in range(3) if c != first))
row = list(cost[0])
for r, g, b in cost[1:]:
    row = [r + min(row[1], row[2]), g + min(row[0], row[2]), b + min(row[0], row[1])]
pins = ", ".join(f"{names[f]} {v}" for f, v in enumerate(per_pin))
if ko:
    text = (f"1번 {item}의 색을 하나로 정해 두고, 줄 DP(각 색의 최솟값 = 그 색의 비용 + 앞의 다른 두 색 중 작은 값)를 "
            f"돌린 뒤 마지막은 1번 {item}과(와) 다른 색만 봅니다. 1번 {item}의 색별 최솟값: {pins}. "
            f"가장 작은 값이 답 {answer}입니다.")
    if min(row) < int(answer):
        text += f" 원을 무시하고 줄로만 풀면 {min(row)}이(가) 나오지만, 그때는 {n}번 {item}과(와) 1번 {item}의 색이 같습니다."
else:
    text = (f"Fix the colour of {item} 1, run the row DP (the best for each colour = its cost + the smaller best of "
            f"the other two colours before it), and close the ring with a last colour unlike {item} 1's. Best per colour "
            f"of {item} 1: {pins}. The smallest, {answer}, is the answer.")
    if min(row) < int(answer):
        text += f" The row alone would give {min(row)}, but then {item} {n} and {item} 1 share a colour."
print(text)
