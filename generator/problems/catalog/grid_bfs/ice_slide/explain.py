"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
It lists the pushes of one shortest sequence (BFS over stopping cells, as the reference) with the cell each slide
stops on; for -1, the cells a slide from S can ever stop on (G is not one of them)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split("\n")
n, m = (int(t) for t in lines[0].split()[:2])
grid = lines[1:1 + n]
STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0))
NAMES = (("right", "down", "left", "up"), ("오른쪽", "아래", "왼쪽", "위"))
cells = [(r, c) for r in range(n) for c in range(m)]
start = next(x for x in cells if grid[x[0]][x[1]] == "S")
goal = next(x for x in cells if grid[x[0]][x[1]] == "G")


def slide(cell, way):
    """Where a push from `cell` in direction `way` stops, and whether it passed over G."""
    dr, dc = STEPS[way]
    r, c = cell
    passed = False
    while 0 <= r + dr < n and 0 <= c + dc < m and grid[r + dr][c + dc] != "#":
        r, c = r + dr, c + dc
        passed = passed or (r, c) == goal
    return (r, c), passed and (r, c) != goal


parent = {start: None}
order = [start]
over = None  # a push that slides over G without stopping: (from, direction)
for cell in order:
    for way in range(4):
        stop, passed = slide(cell, way)
        if passed and over is None:
            over = (cell, way)
        if stop not in parent:
            parent[stop] = (cell, way)
            order.append(stop)


def rc(cell):
    return f"({cell[0] + 1}, {cell[1] + 1})"


if goal not in parent:
    stops = sorted(order)
    shown = ", ".join(rc(x) for x in stops[:8]) + (", …" if len(stops) > 8 else "")
    if ko:
        text = (f"`S`에서 시작해 미끄러져 멈출 수 있는 칸은 {shown}의 {len(stops)}칸뿐이고 `G` 칸 {rc(goal)}은(는) "
                f"그중에 없으므로 -1입니다.")
        if over:
            text += f" 예를 들어 {rc(over[0])}에서 {NAMES[1][over[1]]}(으)로 미끄러지면 `G` 칸을 지나쳐 버립니다."
    else:
        text = (f"Starting from `S`, a slide can only ever stop on {shown} (row, column); `G` at {rc(goal)} is not "
                f"one of them, so the answer is -1.")
        if over:
            text += f" For example, pushing {NAMES[0][over[1]]} from {rc(over[0])} slides over `G` without stopping."
else:
    pushes = []
    cell = goal
    while parent[cell] is not None:
        prev, way = parent[cell]
        pushes.append((way, cell))
        cell = prev
    pushes.reverse()
    k = len(pushes)
    if ko:
        listed = ", ".join(f"{NAMES[1][w]}(으)로 미끄러지면 {rc(x)}" for w, x in pushes)
        text = (f"`S` {rc(start)}에서 {listed}의 `G` 칸에 멈추므로 {k}번이면 됩니다. 이보다 적은 횟수로는 "
                f"`G`에 멈출 수 없습니다." if k else "`S`가 곧 `G`이므로 0번입니다.")
        if over:
            text += f" {rc(over[0])}에서 {NAMES[1][over[1]]}(으)로 미끄러지면 `G`을(를) 지나쳐 버리므로 도착이 아닙니다."
    else:
        listed = [f"{NAMES[0][w]} (stops at {rc(x)}{', on `G`' if x == goal else ''})" for w, x in pushes]
        listed = listed[0] if k == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
        text = (f"From `S` at {rc(start)} (row, column), pushing {listed} takes {k} "
                f"{'push' if k == 1 else 'pushes'}; fewer cannot stop on `G`." if k else "`S` is `G`: 0 pushes.")
        if over:
            text += (f" Pushing {NAMES[0][over[1]]} from {rc(over[0])} slides over `G` without stopping, which "
                     f"does not count.")
print(text)
