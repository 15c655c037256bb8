"""A sample's explanation from its input and executed answer: reads {"input", "output", "language"} as JSON. Names
the nearest E and its distance, the next E's distance when there is another one to reach, or, when no E can be
reached, how many cells S can reach at all (samples are small)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
lines = case["input"].split()
n, m = int(lines[0]), int(lines[1])
grid = lines[2:2 + n]
start = next((r, c) for r in range(n) for c in range(m) if grid[r][c] == "S")
dist = {start: 0}
todo = deque([start])
while todo:
    r, c = todo.popleft()
    for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if 0 <= y < n and 0 <= x < m and grid[y][x] != "#" and (y, x) not in dist:
            dist[(y, x)] = dist[(r, c)] + 1
            todo.append((y, x))
exits = sorted((dist[(r, c)], r + 1, c + 1) for r in range(n) for c in range(m)
               if grid[r][c] == "E" and (r, c) in dist)
answer = int(case["output"].split()[0])
assert answer == (exits[0][0] if exits else -1), (answer, exits)


def moves(k):
    return f"{k}번" if ko else f"{k} {'move' if k == 1 else 'moves'}"


if not exits:
    cells = len(dist)
    print(f"S에서 갈 수 있는 칸은 S를 포함해 {cells}칸뿐이고 그중에 E가 없으므로 -1입니다." if ko else
          f"From S only {cells} {'cell' if cells == 1 else 'cells'} (S included) can be reached, none of them an E, "
          "so the answer is -1.")
else:
    d, r, c = exits[0]
    ties = sum(1 for e in exits if e[0] == d)
    if ties == 1:
        text = (f"가장 가까운 E는 {r}행 {c}열에 있고, S에서 {moves(d)} 움직여 도착합니다." if ko else
                f"The nearest E is in row {r}, column {c}, {moves(d)} away from S.")
    else:
        text = (f"가장 가까운 E는 {ties}곳이고(예: {r}행 {c}열), S에서 {moves(d)} 움직여 도착합니다." if ko else
                f"The {ties} nearest E cells (row {r}, column {c} is one) are {moves(d)} away from S.")
    farther = [e for e in exits if e[0] > d]
    if farther:
        d2, r2, c2 = farther[0]
        ties2 = sum(1 for e in farther if e[0] == d2)
        if ties2 == 1:
            text += (f" 다음으로 가까운 E({r2}행 {c2}열)까지는 {moves(d2)} 움직여야 합니다." if ko else
                     f" The next closest E (row {r2}, column {c2}) needs {moves(d2)}.")
        else:
            text += (f" 다음으로 가까운 E는 {ties2}곳이고(예: {r2}행 {c2}열), {moves(d2)} 움직여야 합니다." if ko else
                     f" The {ties2} next closest E cells (row {r2}, column {c2} is one) need {moves(d2)}.")
    print(text)
