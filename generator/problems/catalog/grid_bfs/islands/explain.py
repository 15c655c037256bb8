"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
It lists the clusters (each by its first cell in reading order, with its size) and, when the map has one, names two
`#` cells of different clusters that touch only diagonally."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
wall = (case.get("texts") or {}).get("wall", "")
lines = case["input"].split("\n")
n, m = (int(t) for t in lines[0].split()[:2])
grid = lines[1:1 + n]
label = {}
clusters = []  # (first cell, size)
for r in range(n):
    for c in range(m):
        if grid[r][c] == "#" and (r, c) not in label:
            label[(r, c)] = len(clusters)
            stack, size = [(r, c)], 0
            while stack:
                cr, cc = stack.pop()
                size += 1
                for nr, nc in ((cr + 1, cc), (cr - 1, cc), (cr, cc + 1), (cr, cc - 1)):
                    if 0 <= nr < n and 0 <= nc < m and grid[nr][nc] == "#" and (nr, nc) not in label:
                        label[(nr, nc)] = len(clusters)
                        stack.append((nr, nc))
            clusters.append(((r + 1, c + 1), size))
diagonal = next((((r + 1, c + 1), (r + 2, c + 1 + dc)) for (r, c) in sorted(label) for dc in (-1, 1)
                 if (r + 1, c + dc) in label and label[(r + 1, c + dc)] != label[(r, c)]), None)
SHOWN = 6
count = len(clusters)
if ko:
    listed = ", ".join(f"({r}, {c}) {s}칸" for (r, c), s in clusters[:SHOWN]) + (", …" if count > SHOWN else "")
    text = (f"덩어리마다 맨 위 줄의 가장 왼쪽 칸 (행, 열)과 칸 수를 적으면 {listed}(으)로, `#` 칸({wall}) 덩어리는 "
            f"모두 {count}개입니다." if count else "`#` 칸이 하나도 없으므로 덩어리는 0개입니다.")
    if diagonal:
        text += f" {diagonal[0]} 칸과 {diagonal[1]} 칸은 대각선으로만 맞닿아 있으므로 서로 다른 덩어리입니다."
else:
    listed = [f"({r}, {c}) with {s} {'cell' if s == 1 else 'cells'}" for (r, c), s in clusters[:SHOWN]]
    listed = (", ".join(listed) + ", …" if count > SHOWN else
              listed[0] if count == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]) if count else ""
    text = (f"Each cluster by its first cell in reading order (row, column) and its size: {listed}; "
            f"{'1 cluster' if count == 1 else f'{count} clusters'} in all." if count else
            "There is no `#` cell, so there are 0 clusters.")
    if diagonal:
        text += (f" The cells {diagonal[0]} and {diagonal[1]} touch only diagonally, so they belong to different "
                 f"clusters.")
print(text)
