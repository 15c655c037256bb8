"""A sample's explanation from its input and executed answer: the multi-source BFS from every `*` cell, and the
last `.` cell it floods (the first such cell in reading order). Reads {"input", "output", "language"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
k = int(case["output"].split()[0])
tokens = case["input"].split()
n, m = int(tokens[0]), int(tokens[1])
grid = tokens[2:2 + n]
time = {(r, c): 0 for r in range(n) for c in range(m) if grid[r][c] == "*"}
frontier = list(time)
while frontier:
    nxt = []
    for r, c in frontier:
        for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= y < n and 0 <= x < m and grid[y][x] == "." and (y, x) not in time:
                time[y, x] = time[r, c] + 1
                nxt.append((y, x))
    frontier = nxt
dots = [(r, c) for r in range(n) for c in range(m) if grid[r][c] == "."]
if k < 0:
    r, c = next(p for p in dots if p not in time)
    print(f"{r + 1}행 {c + 1}열의 `.` 칸처럼 `#` 칸에 막혀 물이 끝내 닿지 않는 칸이 있습니다." if ko else
          f"Some `.` cells, such as row {r + 1}, column {c + 1}, are cut off by `#` cells and never reached by "
          f"the water.")
elif not dots:
    print("`.` 칸이 하나도 없으므로 답은 0입니다." if ko else "There is no `.` cell, so the answer is 0.")
else:
    r, c = min(p for p in dots if time[p] == k)
    print(f"모든 `*` 칸에서 동시에 1분에 한 칸씩 퍼져 나가면, 가장 늦게 잠기는 칸은 {r + 1}행 {c + 1}열(가장 가까운 "
          f"`*` 칸에서 {k}칸 거리)이고 {k}분 뒤에 잠깁니다." if ko else
          f"Spreading from all `*` cells at once, one cell a minute, the last `.` cell to be flooded is row {r + 1}, "
          f"column {c + 1} ({k} step{'s' if k != 1 else ''} from the nearest `*` cell): after {k} "
          f"minute{'s' if k != 1 else ''}.")
