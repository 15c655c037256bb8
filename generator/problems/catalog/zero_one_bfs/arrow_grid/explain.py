"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the cells, the flow and what a move against it costs).
Rebuilds one cheapest route by 0-1 BFS with parent links and says where it pays."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
cell = texts.get("cell", "칸" if ko else "cell")
flow = texts.get("flow", "흐름" if ko else "flow")
cost_word = texts.get("cost", "연료" if ko else "unit of fuel")
costs_word = texts.get("costs", "units of fuel")


data = case["input"].split()
h, w = int(data[0]), int(data[1])
grid = data[2:2 + h]
MOVES = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
dist, back = {(0, 0): 0}, {(0, 0): None}
queue = deque([(0, 0)])
while queue:
    r, c = queue.popleft()
    for letter, (dr, dc) in MOVES.items():
        y = (r + dr, c + dc)
        if 0 <= y[0] < h and 0 <= y[1] < w:
            cost = 0 if grid[r][c] == letter else 1
            if dist[(r, c)] + cost < dist.get(y, float("inf")):
                dist[y], back[y] = dist[(r, c)] + cost, ((r, c), letter, cost)
                (queue.appendleft if cost == 0 else queue.append)(y)
paid, x = [], (h - 1, w - 1)
while back[x] is not None:
    prev, letter, cost = back[x]
    if cost:
        paid.append(f"({prev[0] + 1},{prev[1] + 1}) {letter}")
    x = prev
paid.reverse()
answer = case["output"].split()[0]
if not paid:
    print(f"{flow}만 따라가도 도착하므로 답은 0입니다." if ko else
          f"Following the {flow} alone reaches the goal, so the answer is 0.")
else:
    print(f"{flow}을(를) 따르다가 다음 이동(떠나는 {cell}, 움직인 방향)에만 {cost_word}을(를) 쓰면 됩니다: "
          f"{', '.join(paid)}. 답은 {answer}입니다." if ko else
          f"Follow the {flow} and pay only for the move{'s' if len(paid) > 1 else ''} {', '.join(paid)} ({cell} left, direction): {answer} "
          f"{cost_word if answer == '1' else costs_word} in total.")
