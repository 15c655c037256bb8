"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
data = case["input"].split()
n, k = int(data[0]), int(data[1])
apples = {(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(k)}
pos = 2 + 2 * k
turns = {int(data[pos + 1 + 2 * i]): data[pos + 2 + 2 * i] for i in range(int(data[pos]))}
steps = ((0, 1), (1, 0), (0, -1), (-1, 0))
body, d, eaten, t = deque([(1, 1)]), 0, 0, 0
while True:  # replays the game to say how it ended
    t += 1
    r, c = body[-1][0] + steps[d][0], body[-1][1] + steps[d][1]
    if not (1 <= r <= n and 1 <= c <= n):
        why = "wall"
        break
    if (r, c) in body:
        why = "body"
        break
    body.append((r, c))
    if (r, c) in apples:
        apples.discard((r, c))
        eaten += 1
    else:
        body.popleft()
    if t in turns:
        d = (d + (1 if turns[t] == "R" else 3)) % 4
ko = case["language"] == "ko"
hr, hc = body[-1]
where_ko = ("오른쪽으로", "아래로", "왼쪽으로", "위로")[d]
where_en = ("right", "down", "left", "up")[d]
if ko:
    if why == "wall":
        what = f"({hr}, {hc}) 칸에서 {where_ko} 움직여 보드 밖으로 나가"
    elif (r, c) == body[0]:
        what = f"({hr}, {hc}) 칸에서 {where_ko} 움직여 아직 움직이지 않은 꼬리 칸 ({r}, {c})에 부딪혀"
    else:
        what = f"({hr}, {hc}) 칸에서 {where_ko} 움직여 자기 몸인 ({r}, {c}) 칸에 부딪혀"
    print(f"뱀은 사과 {eaten}개를 먹었으므로 길이가 {len(body)}칸이고, {t}초에 머리가 {what} 게임이 끝납니다"
          f"(칸은 (행, 열)).")
else:
    if why == "wall":
        what = f"moves {where_en} from ({hr}, {hc}) off the board"
    elif (r, c) == body[0]:
        what = f"moves {where_en} from ({hr}, {hc}) onto ({r}, {c}), the tail's cell (the tail has not moved yet)"
    else:
        what = f"moves {where_en} from ({hr}, {hc}) onto ({r}, {c}), a cell of its own body"
    print(f"The snake eats {eaten} apple{'s' if eaten != 1 else ''}, so it is {len(body)} cell"
          f"{'s' if len(body) != 1 else ''} long; at second {t} its head {what}, which ends the game "
          f"(cells as (row, column)).")
