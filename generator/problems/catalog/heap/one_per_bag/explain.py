"""A sample's explanation: boxes from the smallest capacity up, each taking the most valuable item that fits."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
item_word = texts.get("item", "물건" if ko else "item")
box_word = texts.get("box", "담을 곳" if ko else "container")
load = texts.get("load", "실을")  # 실을 for a vehicle, 넣을 for a box, as the statement says
data = case["input"].split()
n, k = int(data[0]), int(data[1])
items = sorted((int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n))
caps = sorted(int(x) for x in data[2 + 2 * n:2 + 2 * n + k])


def v_sum(chosen):
    """'56 + 50' from the chosen steps' ($w_i$, $v_i$) pairs."""
    return " + ".join(step.rsplit(", ", 1)[1].rstrip(")") for step in chosen)


fits, i, steps = [], 0, []
for cap in caps:
    while i < n and items[i][0] <= cap:
        heapq.heappush(fits, (-items[i][1], items[i][0]))
        i += 1
    if fits:
        v, w = heapq.heappop(fits)
        steps.append(f"{cap} ← ({w}, {-v})")
    else:
        steps.append(f"{cap} ← -")
total = case["output"].split()[0]
# One best assignment and its total, not the rule that finds it (the smallest capacity first, each taking the most
# valuable one that fits, which the explanation said before, is the whole solution).
chosen = [step for step in steps if not step.endswith("-")]
if not chosen:
    print(f"어느 {box_word}에도 {load} 수 있는 {item_word}이(가) 없으므로 합은 0입니다." if ko else
          f"No {item_word} fits any {box_word}, so the total is 0.")
elif ko:
    print(f"예를 들어 {box_word}과(와) {item_word}을(를) {', '.join(chosen)}처럼 짝지으면($c_j$ ← ($w_i$, $v_i$)) 합이 "
          f"{v_sum(chosen)} = {total}이고, 이보다 큰 합은 없습니다.")
else:
    print(f"For example: {', '.join(chosen)} ($c_j$ ← ($w_i$, $v_i$)), for {v_sum(chosen)} = {total}; no choice "
          f"gives more.")
