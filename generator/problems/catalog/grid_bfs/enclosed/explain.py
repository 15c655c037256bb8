"""A sample's explanation from its executed answer: reads {"input", "output", "language", "texts"} as JSON.
It names the enclosed `.` cells (row, column), pocket by pocket, or says that every `.` cell reaches the edge."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
wall = (case.get("texts") or {}).get("wall", "")
lines = case["input"].split("\n")
n, m = (int(t) for t in lines[0].split()[:2])
grid = lines[1:1 + n]
k = int(case["output"].split()[0])
# flood from every `.` cell on the edge; what stays unreached is enclosed
seen = {(r, c) for r in range(n) for c in range(m) if grid[r][c] == "." and (r in (0, n - 1) or c in (0, m - 1))}
todo = list(seen)
while todo:
    r, c = todo.pop()
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == "." and (nr, nc) not in seen:
            seen.add((nr, nc))
            todo.append((nr, nc))
enclosed = [(r, c) for r in range(n) for c in range(m) if grid[r][c] == "." and (r, c) not in seen]
pockets, placed = [], set()
for cell in enclosed:  # the enclosed cells grouped by the steps between them
    if cell in placed:
        continue
    pocket, todo = [cell], [cell]
    placed.add(cell)
    while todo:
        r, c = todo.pop()
        for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if nb in enclosed and nb not in placed:
                placed.add(nb)
                pocket.append(nb)
                todo.append(nb)
    pockets.append(sorted(pocket))
SHOWN = 8
parts, count = [], 0
for pocket in pockets:  # pockets separated by ';', cut after SHOWN cells
    if count >= SHOWN:
        parts.append("…")
        break  # shown as {…}: more pockets follow
    parts.append(", ".join(f"({r + 1}, {c + 1})" for r, c in pocket[:SHOWN - count])
                 + (", …" if len(pocket) > SHOWN - count else ""))
    count += len(pocket)
listed = ", ".join("{" + part + "}" for part in parts) if len(pockets) > 1 else parts[0] if parts else ""
if ko:
    if not enclosed:
        print("모든 `.` 칸이 상하좌우로 이어진 `.` 칸을 따라 가장자리의 `.` 칸에 닿으므로 갇힌 칸은 0개입니다.")
    else:
        where = f"{len(pockets)}곳에 나뉘어 " if len(pockets) > 1 else ""
        if k == 1:
            head = f"갇힌 `.` 칸은 (행, 열) 좌표로 {listed} 하나뿐입니다. 이 칸은"
        else:
            head = f"갇힌 `.` 칸은 (행, 열) 좌표로 {listed}, 모두 {k}개입니다. 이 칸들은"
        print(f"{head} {where}`#` 칸({wall})에 둘러싸여 있어 가장자리로 나갈 수 없습니다. "
              f"나머지 `.` 칸은 모두 가장자리의 `.` 칸과 이어져 있습니다.")
else:
    if not enclosed:
        print("Every `.` cell connects through `.` cells to a `.` cell on the edge of the map, so no cell is enclosed.")
    elif k == 1:
        print(f"The only enclosed `.` cell is {listed} (row, column): `#` cells wall it in, so no step leads from it "
              f"to the edge. Every other `.` cell connects to a `.` cell on the edge.")
    else:
        pockets_text = "" if len(pockets) == 1 else f", in {len(pockets)} pockets"
        print(f"The {k} enclosed `.` cells (row, column) are {listed}{pockets_text}: `#` cells wall them in, so no "
              f"step leads from them to the edge. Every other `.` cell connects to a `.` cell on the edge.")
