"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the grid's cells). Shows one loop of every region that has one, as (row, column) cells;
how a loop is detected is the task and is not said."""
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
found = []  # (letter, the loop as a list of cells, first not repeated)
for r in range(n):
    for c in range(m):
        if seen[r][c]:
            continue
        seen[r][c] = True
        parent, depth, order = {(r, c): None}, {(r, c): 0}, [(r, c)]
        loop = None
        for x, y in order:  # a search tree of the region; an extra neighbour pair closes a loop
            for a, b in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                if not (0 <= a < n and 0 <= b < m) or grid[a][b] != grid[r][c]:
                    continue
                if (a, b) not in parent:
                    seen[a][b] = True
                    parent[(a, b)], depth[(a, b)] = (x, y), depth[(x, y)] + 1
                    order.append((a, b))
                elif loop is None and parent[(x, y)] != (a, b) and parent[(a, b)] != (x, y):
                    up, down = [(x, y)], [(a, b)]
                    while up[-1] != down[-1]:
                        if depth[up[-1]] >= depth[down[-1]]:
                            up.append(parent[up[-1]])
                        else:
                            down.append(parent[down[-1]])
                    loop = up + down[-2::-1]
        if loop:
            found.append((grid[r][c], loop))


def shown(loop):
    cells = [f"({x + 1}, {y + 1})" for x, y in loop]
    if len(cells) > 8:
        cells = cells[:8] + ["…"]
    return " → ".join(cells + [f"({loop[0][0] + 1}, {loop[0][1] + 1})"])


if not found:
    print(f"어느 영역에서도 같은 글자의 이웃한 {cell}을(를) 따라 한 바퀴 돌아 처음 {cell}(으)로 돌아올 수 없으므로 답은 "
          "0입니다." if ko else
          f"In no region can one go around through neighbouring {cells_word} of its letter and come back to the first "
          "one, so the answer is 0.")
else:
    SHOWN = 3
    listed = "; ".join(f"{ch} {'영역' if ko else 'region'} {shown(loop)}" for ch, loop in found[:SHOWN])
    more = ("; …" if len(found) > SHOWN else "")
    if ko:
        print(f"고리가 있는 영역은 {len(found)}개입니다. 고리 하나씩을 (행, 열)로 적으면 {listed}{more}입니다.")
    else:
        print(f"{len(found)} {'region holds' if len(found) == 1 else 'regions hold'} a loop; one loop of each, as "
              f"(row, column): {listed}{more}.")
