"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the grid's cells)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
cell = texts.get("cell", "칸" if ko else "cell")
cells_word = texts.get("cells", "cells")
tokens = case["input"].split()
n, m = int(tokens[0]), int(tokens[1])
grid = tokens[2:2 + n]
seen = [[False] * m for _ in range(n)]
found = []
for r in range(n):
    for c in range(m):
        if seen[r][c]:
            continue
        seen[r][c] = True
        stack, cells, joins = [(r, c)], 0, 0
        while stack:
            x, y = stack.pop()
            cells += 1
            joins += (y + 1 < m and grid[x][y + 1] == grid[r][c]) + (x + 1 < n and grid[x + 1][y] == grid[r][c])
            for a, b in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                if 0 <= a < n and 0 <= b < m and not seen[a][b] and grid[a][b] == grid[r][c]:
                    seen[a][b] = True
                    stack.append((a, b))
        if joins >= cells:
            found.append((grid[r][c], r + 1, c + 1, cells, joins))
if not found:
    if ko:
        print(f"모든 영역에서 서로 이웃한 {cell} 쌍이 {cell} 수보다 적어 (나무 모양) 고리가 없으므로 답은 0입니다.")
    else:
        print(f"Every region has fewer pairs of neighbouring {cells_word} than {cells_word} (it is a tree), so no region "
              "holds a loop: 0.")
else:
    if ko:
        shown = ", ".join(f"{r}행 {c}열을 포함하는 {ch} 영역({cell} {k}개, 이웃한 {cell} 쌍 {j}개)"
                          for ch, r, c, k, j in found)
        print(f"이웃한 {cell} 쌍이 {cell} 수 이상인 영역에만 고리가 있습니다: {shown}. 답은 {len(found)}입니다.")
    else:
        shown = ", ".join(f"the {ch} region containing row {r}, column {c} ({k} {cells_word}, {j} neighbouring pairs)"
                          for ch, r, c, k, j in found)
        print(f"A region holds a loop exactly when it has at least as many pairs of neighbouring {cells_word} as "
              f"{cells_word}: {shown}. The answer is {len(found)}.")
