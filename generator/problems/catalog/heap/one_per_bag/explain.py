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


fits, i, chosen = [], 0, []
for cap in caps:
    while i < n and items[i][0] <= cap:
        heapq.heappush(fits, (-items[i][1], items[i][0]))
        i += 1
    if fits:
        v, w = heapq.heappop(fits)
        chosen.append((cap, w, -v))
total = case["output"].split()[0]
# One best assignment and its total, not the rule that finds it (the smallest capacity first, each taking the most
# valuable one that fits, which the explanation said before, is the whole solution).
cap_word = texts.get("cap", "용량" if ko else "capacity")
weight_word = texts.get("weight", "무게" if ko else "weight")
value_word = texts.get("value", "가치" if ko else "value")
terms = " + ".join(str(v) for _, _, v in chosen)
if not chosen:
    print(f"어느 {box_word}에도 {load} 수 있는 {item_word}이(가) 없으므로 합은 0입니다." if ko else
          f"No {item_word} fits any {box_word}, so the total is 0.")
elif ko:
    verb = {"실을": "실으면", "넣을": "넣으면"}.get(load, "담으면")
    pairs = ", ".join(f"{cap_word}이(가) {c}인 {box_word}에는 {weight_word} {w}, {value_word} {v}인 {item_word}을(를)"
                      for c, w, v in chosen)
    print(f"예를 들어 {pairs} {verb} {value_word}의 합이 {terms} = {total}이고, 이보다 큰 합은 없습니다.")
else:
    said = [f"the {box_word} with {cap_word} {c} takes the {item_word} of {weight_word} {w} and {value_word} {v}"
            for c, w, v in chosen]
    pairs = said[0] if len(said) == 1 else ", ".join(said[:-1]) + ", and " + said[-1]
    print(f"For example, {pairs}: {terms} = {total}; no choice gives more.")
