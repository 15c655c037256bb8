"""A sample's explanation from its input: reads {"input", "output", "language", "texts"} as JSON.
It names the largest cluster (by its first cell in reading order), lists the sizes of the others and, when the map
has one, names two `#` cells of different clusters that touch only diagonally."""
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
top = max(range(count), key=lambda i: clusters[i][1]) if count else None
others = [size for i, (_, size) in enumerate(clusters) if i != top]
if ko:
    rest = ", ".join(map(str, others[:SHOWN])) + (", …" if len(others) > SHOWN else "")
    tie = clusters[top][1] in others if count else False
    text = (f"가장 큰 덩어리{' 중 하나' if tie else ''}는 {clusters[top][0]} 칸이 속한 덩어리로, `#` 칸({wall}) {clusters[top][1]}개로 "
            f"이루어져 있습니다." if count else "`#` 칸이 하나도 없으므로 답은 0입니다.")
    if others:
        text += f" 나머지 덩어리의 칸 수는 {rest}입니다."
    if diagonal:
        text += f" {diagonal[0]} 칸과 {diagonal[1]} 칸은 대각선으로만 맞닿아 있으므로 같은 덩어리가 아닙니다."
else:
    rest = (", ".join(map(str, others[:SHOWN])) + ", …" if len(others) > SHOWN else
            str(others[0]) if len(others) == 1 else ", ".join(map(str, others[:-1])) + " and " + str(others[-1])
            if others else "")
    size = clusters[top][1] if count else 0
    tie = others.count(size) > 0
    text = (f"{'One of the largest clusters' if tie else 'The largest cluster'} is the one containing cell {clusters[top][0]} (row, column): "
            f"{size} {'cell' if size == 1 else 'cells'}." if count else "There is no `#` cell, so the answer is 0.")
    if others:
        text += (f" The other {'cluster has' if len(others) == 1 else 'clusters have'} {rest} "
                 f"{'cell' if others == [1] else 'cells'}.")
    if diagonal:
        text += (f" The cells {diagonal[0]} and {diagonal[1]} touch only diagonally, so they are not in the same "
                 f"cluster.")
print(text)
