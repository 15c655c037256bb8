"""A sample's explanation: boxes from the smallest capacity up, each taking the most valuable item that fits."""
import heapq
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
item_word, items_word = texts.get("item", "물건" if ko else "item"), texts.get("items", "items")
box_word, boxes_word = texts.get("box", "담을 곳" if ko else "container"), texts.get("boxes", "containers")
load = texts.get("load", "실을")  # 실을 for a vehicle, 넣을 for a box, as the statement says
data = case["input"].split()
n, k = int(data[0]), int(data[1])
items = sorted((int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n))
caps = sorted(int(x) for x in data[2 + 2 * n:2 + 2 * n + k])
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
if ko:
    print(f"$c_j$가 작은 {box_word}부터 차례로, 남은 {item_word} 중 {load} 수 있는 것에서 $v_i$가 가장 큰 것을 고릅니다 "
          f"($c_j$ ← ($w_i$, $v_i$), -는 {load} 수 있는 {item_word}이(가) 남지 않음): " + ", ".join(steps) + f". 합은 {total}입니다.")
else:
    print(f"Going through the {boxes_word} from the smallest $c_j$ up, each takes, of the {items_word} still left that fit, "
          f"the one with the largest $v_i$ ($c_j$ ← ($w_i$, $v_i$), - when none fits): " + ", ".join(steps)
          + f". The total is {total}.")
