"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
It shows one shortest walk (BFS over cell and keys held, as the reference), written as runs of moves in one
direction, cut where a key is picked up and naming the doors passed; for -1, which cells S reaches at all."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
lines = case["input"].split("\n")
n, m = (int(t) for t in lines[0].split()[:2])
grid = lines[1:1 + n]
STEPS = ((0, 1), (1, 0), (0, -1), (-1, 0))
NAMES = (("right", "down", "left", "up"), ("오른쪽으로", "아래로", "왼쪽으로", "위로"))
cells = [(r, c) for r in range(n) for c in range(m)]
start = next(x for x in cells if grid[x[0]][x[1]] == "S")
goal = next(x for x in cells if grid[x[0]][x[1]] == "G")

first = (start, frozenset())
parent = {first: None}
order = [first]
end = None
for state in order:
    cell, keys = state
    if cell == goal:
        end = state
        break
    for dr, dc in STEPS:
        r, c = cell[0] + dr, cell[1] + dc
        if not (0 <= r < n and 0 <= c < m) or grid[r][c] == "#":
            continue
        ch = grid[r][c]
        if "A" <= ch <= "F" and ch.lower() not in keys:
            continue
        nxt = ((r, c), keys | {ch} if "a" <= ch <= "f" else keys)
        if nxt not in parent:
            parent[nxt] = state
            order.append(nxt)

if end is None:
    seen = {cell for cell, _ in order}
    held = sorted({k for _, keys in order for k in keys})
    doors = sorted({grid[r][c] for r, c in cells if "A" <= grid[r][c] <= "F"} - {k.upper() for k in held})
    if ko:
        text = f"`S`에서 갈 수 있는 칸은 `S`를 포함해 {len(seen)}칸이고 그중에 `G`가 없으므로 -1입니다."
        if doors:
            got = f"주울 수 있는 열쇠는 {', '.join(f'`{k}`' for k in held)}뿐이라" if held else "주울 수 있는 열쇠가 없어"
            text += f" {got} 문 {', '.join(f'`{x}`' for x in doors)}은(는) 열 수 없습니다."
    else:
        text = (f"From `S` only {len(seen)} {'cell' if len(seen) == 1 else 'cells'} can be reached (`S` included), "
                f"and `G` is not one of them, so the answer is -1.")
        if doors:
            shut = " and ".join(f"`{x}`" for x in doors) if len(doors) < 3 else \
                ", ".join(f"`{x}`" for x in doors[:-1]) + f" and `{doors[-1]}`"
            got = f"the only keys it can pick up are {', '.join(f'`{k}`' for k in held)}" if held else \
                "it finds no key"
            text += f" On the way {got}, so door{'s' if len(doors) > 1 else ''} {shut} stay{'' if len(doors) > 1 else 's'} shut."
    print(text)
else:
    path = []
    state = end
    while state is not None:
        path.append(state)
        state = parent[state]
    path.reverse()
    # legs: [direction, count, doors passed, key picked at the end]
    legs = []
    for (a, keys_a), (b, keys_b) in zip(path, path[1:]):
        way = STEPS.index((b[0] - a[0], b[1] - a[1]))
        if not legs or legs[-1][0] != way or legs[-1][3]:
            legs.append([way, 0, [], None])
        legs[-1][1] += 1
        ch = grid[b[0]][b[1]]
        if "A" <= ch <= "F" and ch not in legs[-1][2]:
            legs[-1][2].append(ch)
        if keys_b != keys_a:
            legs[-1][3] = ch
    walked = [cell for cell, _ in path]
    back = len(set(walked)) < len(walked)
    d = len(path) - 1
    SHOWN = 8
    if ko:
        parts = []
        for i, (way, count, doors, key) in enumerate(legs[:SHOWN]):
            part = f"{NAMES[1][way]} {count}칸"
            if doors:
                part += f"(문 {', '.join(f'`{x}`' for x in doors)} 통과)"
            if key:
                part += f" 가서 열쇠 `{key}`을(를) 줍고"
            parts.append(part)
        route = ", ".join(parts) + (", …" if len(legs) > SHOWN else "")
        text = (f"가장 짧은 길의 예: `S`에서 {route} 가면 `G`({texts.get('exit', '')})에 도착합니다. 모두 {d}번 "
                f"이동하며, 이보다 짧은 길은 없습니다." if d else "`S`가 곧 `G`이므로 0번입니다.")
        text = text.replace("줍고 가면", "줍고 나면").replace("줍고,", "줍고")
        if back:
            text += " 열쇠를 주운 뒤에는 이미 지나온 칸을 다시 지나갑니다."
    else:
        parts = []
        for i, (way, count, doors, key) in enumerate(legs[:SHOWN]):
            part = ("then " if i and legs[i - 1][3] else "") + f"{count} {NAMES[0][way]}"
            if doors:
                part += f" through door{'s' if len(doors) > 1 else ''} {', '.join(f'`{x}`' for x in doors)}"
            if key:
                part += f" to key `{key}`"
            parts.append(part)
        route = ", ".join(parts) + (", …" if len(legs) > SHOWN else "")
        text = (f"One shortest walk from `S`: {route}, reaching `G`: {d} {'move' if d == 1 else 'moves'}, and none "
                f"is shorter." if d else "`S` is `G`: 0 moves.")
        if back:
            text += " After picking up a key it walks back over cells already walked."
    print(text)
