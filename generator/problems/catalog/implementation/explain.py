"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
board_moves traces the position after each move (ignored moves marked); robot_cleaner lists the cleaned cells in the
order first reached and counts the F commands that did nothing; ring_rotation gives each ring's length, R modulo it
(the cells each number moves) and the number that lands in the ring's top-left corner, with where it came from."""
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
            text += f" '무시'는 격자 밖으로 나가는 이동이라 건너뛴 것입니다({skipped}번)."
        text += f" 마지막 위치는 {res[0]}행 {res[1]}열입니다."
    else:
        text = f"Starting at {start} (row, column), the position after each move is {shown}."
        if skipped:
            text += (f" The {'move' if skipped == 1 else f'{skipped} moves'} marked ignored would leave the grid "
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
    # ring_rotation: each ring turns R mod (its length) cells; shown by the number that ends in its top-left corner
    cell = (case.get("texts") or {}).get("cell", "칸" if ko else "cell")
    rows = case["input"].split("\n")
    n, m, r = map(int, rows[0].split()[:3])
    grid = [row.split() for row in rows[1:1 + n]]
    notes = []
    RINGS = 3
    for k in range(min(n, m) // 2):
        if k == RINGS:
            notes.append("…")
            break
        top, bottom, left, right = k, n - 1 - k, k, m - 1 - k
        ring = ([(i, left) for i in range(top, bottom)] + [(bottom, j) for j in range(left, right)]
                + [(i, right) for i in range(bottom, top, -1)] + [(top, j) for j in range(right, left, -1)])
        size, step = len(ring), r % len(ring)
        fr = ring[-step % size]
        moved = f"{r} mod {size} = {step}" if r >= size else str(step)
        where, corner = f"({fr[0] + 1}, {fr[1] + 1})", f"({k + 1}, {k + 1})"
        which = ("가장 바깥 고리는" if not k else "다음 고리는") if ko else \
            ("The outermost ring has" if not k else "The next ring has")
        if ko:
            notes.append(f"{which} {cell} {size}개이므로 각 수가 반시계 방향으로 {moved}칸 움직여, {where}의 "
                         f"{grid[fr[0]][fr[1]]}이(가) {'왼쪽 위 모서리' if not k else '이 고리의 왼쪽 위 모서리'} "
                         f"{corner}에 옵니다." if step else
                         f"{which} {cell} {size}개이므로 {r} mod {size} = 0, 모든 수가 제자리로 돌아옵니다.")
        else:
            notes.append(f"{which} {size} {cell}s, so {'each of its numbers moves' if not k else 'its numbers move'} "
                         f"{moved} {cell if step == 1 else cell + 's'} counterclockwise: {grid[fr[0]][fr[1]]} goes "
                         f"from {where} to {'the' if not k else 'its'} top-left corner {corner}." if step else
                         f"{which} {size} {cell}s, and {r} mod {size} = 0: every number is back where it started.")
    print(("칸은 (행, 열)로 적습니다. " if ko else "Cells as (row, column). ") + " ".join(notes))
