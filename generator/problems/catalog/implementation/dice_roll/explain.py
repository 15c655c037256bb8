"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON. Replays the
commands and says which were ignored and which numbers moved between the die and the board."""
import json
import sys


case = json.load(sys.stdin)
data = case["input"].split()
n, m, r, c, k = (int(x) for x in data[:5])
grid = [[int(data[5 + i * m + j]) for j in range(m)] for i in range(n)]
commands = [int(x) for x in data[5 + n * m:5 + n * m + k]]
step = {1: (0, 1), 2: (0, -1), 3: (-1, 0), 4: (1, 0)}
ko = case["language"] == "ko"
DIR_EN = {1: "east", 2: "west", 3: "north", 4: "south"}
DIR_KO = {1: "동쪽", 2: "서쪽", 3: "북쪽", 4: "남쪽"}


def ordinal(t):
    suffix = "th" if 10 <= t % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(t % 10, "th")
    return f"{t}{suffix}"


ignored, picked = [], []
top = bottom = north = south = east = west = 0
for t, cmd in enumerate(commands, 1):
    nr, nc = r + step[cmd][0], c + step[cmd][1]
    if not (1 <= nr <= n and 1 <= nc <= m):
        ignored.append((t, cmd))
        continue
    r, c = nr, nc
    if cmd == 1:
        top, east, bottom, west = west, top, east, bottom
    elif cmd == 2:
        top, west, bottom, east = east, top, west, bottom
    elif cmd == 3:
        top, north, bottom, south = south, top, north, bottom
    else:
        top, south, bottom, north = north, top, south, bottom
    if grid[r - 1][c - 1] == 0:
        grid[r - 1][c - 1] = bottom
    else:
        bottom, grid[r - 1][c - 1] = grid[r - 1][c - 1], 0
        picked.append(f"{bottom} ({r}, {c})")
parts = []
if ko:
    if ignored:
        listed = ", ".join(f"{t}번째 명령({DIR_KO[cmd]})" for t, cmd in ignored)
        parts.append(f"{listed}은 주사위가 밖으로 나가므로 무시합니다.")
    if picked:
        parts.append(f"주사위가 바닥면으로 가져온 수는 차례로 {', '.join(picked)}입니다(괄호는 행, 열).")
    parts.append("출력은 굴린 명령마다 굴린 직후의 윗면입니다.")
else:
    if ignored:
        # "the 3rd command (east)": the position in the list, not the command's number 1-4, which names a direction
        listed = [f"{ordinal(t)} ({DIR_EN[cmd]})" for t, cmd in ignored]
        joined = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
        many = len(ignored) > 1
        parts.append(f"The {joined} command{'s' if many else ''} would roll the die off the edge and "
                     f"{'are' if many else 'is'} ignored.")
    if picked:
        parts.append(f"The numbers the die takes onto its bottom face are, in order, {', '.join(picked)} "
                     f"(row, column in brackets).")
    parts.append("Each printed line is the top face right after a roll.")
print(" ".join(parts))
