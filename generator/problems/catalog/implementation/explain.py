"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
board_moves traces the position after each move (ignored moves marked); robot_cleaner lists the cleaned cells in the
order first reached and counts the F commands that did nothing."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
res = case["output"].split()
variant = case["params"]["variant"]
SHOWN = 12
if variant == "board_moves":
    lines = case["input"].split("\n")
    n, m = map(int, lines[0].split()[:2])
    r, c = map(int, lines[1].split()[:2])
    start = (r, c)
    steps = []
    for move in lines[2].strip():
        dr, dc = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}[move]
        if 1 <= r + dr <= n and 1 <= c + dc <= m:
            r, c = r + dr, c + dc
            steps.append(f"{move} ({r}, {c})")
        else:
            steps.append(f"{move} 무시" if ko else f"{move} ignored")
    shown = ", ".join(steps[:SHOWN]) + (", …" if len(steps) > SHOWN else "")
    skipped = sum(1 for x in steps if x.endswith(("무시", "ignored")))
    if ko:
        text = f"(행, 열)로 적으면 {start}에서 시작해 각 이동 뒤의 위치는 {shown}입니다."
        if skipped:
            text += f" '무시'는 판 밖으로 나가는 이동이라 건너뛴 것입니다({skipped}번)."
        text += f" 마지막 위치는 {res[0]}행 {res[1]}열입니다."
    else:
        text = f"Starting at {start} (row, column), the position after each move is {shown}."
        if skipped:
            text += (f" The {'move' if skipped == 1 else f'{skipped} moves'} marked ignored would leave the board "
                     f"and {'is' if skipped == 1 else 'are'} skipped.")
        text += f" The final position is row {res[0]}, column {res[1]}."
    print(text)
elif variant == "robot_cleaner":
    lines = case["input"].split("\n")
    n, m = map(int, lines[0].split()[:2])
    head = lines[1].split()
    r, c, facing = int(head[0]), int(head[1]), "NESW".index(head[2])
    grid = lines[2:2 + n]
    commands = lines[2 + n].strip()
    order, blocked, forward = [(r, c)], 0, 0
    for command in commands:
        if command == "L":
            facing = (facing + 3) % 4
        elif command == "R":
            facing = (facing + 1) % 4
        else:
            forward += 1
            dr, dc = ((-1, 0), (0, 1), (1, 0), (0, -1))[facing]
            if 1 <= r + dr <= n and 1 <= c + dc <= m and grid[r + dr - 1][c + dc - 1] != "#":
                r, c = r + dr, c + dc
                if (r, c) not in order:
                    order.append((r, c))
            else:
                blocked += 1
    shown = ", ".join(f"({a}, {b})" for a, b in order[:SHOWN]) + (", …" if len(order) > SHOWN else "")
    k = len(order)
    if ko:
        text = f"처음 지나간 순서대로 청소한 칸을 (행, 열)로 적으면 {shown}의 {k}칸입니다(시작 칸 포함)."
        if blocked:
            text += f" F {forward}번 중 {blocked}번은 앞이 `#` 칸이거나 격자 밖이라 제자리에 있었습니다."
    else:
        text = (f"The cleaned cells (row, column), in the order first reached: {shown}; {k} "
                f"{'cell' if k == 1 else 'cells'}, the starting cell included.")
        if blocked:
            text += (f" {blocked} of the {forward} F commands did nothing: a `#` cell or the edge of the grid was "
                     f"ahead." if blocked > 1 else f" One of the {forward} F commands did nothing: a `#` cell or the "
                     f"edge of the grid was ahead." if forward > 1 else " The F command did nothing: a `#` cell or "
                     "the edge of the grid was ahead.")
    print(text)
else:
    r = int(case["input"].split("\n", 1)[0].split()[2])
    print(f"바깥 고리부터 안쪽 고리까지 각 고리가 반시계 방향으로 {r}칸씩 돌아간 결과, 왼쪽 위 칸의 수는 {res[0]}입니다." if ko
          else f"Every ring, from the outermost to the innermost, turns {r} step{'s' if r != 1 else ''} "
               f"counterclockwise, so the top-left cell now holds {res[0]}.")
