"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the grid's cells). A witness, not the method: the reachable cells row by row, and
one free cell joined to the start that a limit keeps out, with the fewest left or right moves it would need."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
cell = texts.get("cell", "칸" if ko else "cell")
cells = texts.get("cells", "cells")
data = case["input"].split()
h, w, r0, c0, x, y = (int(t) for t in data[:6])
grid = data[6:6 + h]
answer = case["output"].split()[0]

# fewest left moves to each free cell joined to the start (0-1 BFS: a left move costs 1, any other 0); the right
# moves of such a route are then fixed: lefts + (column - start column)
lefts = {(r0 - 1, c0 - 1): 0}
queue = deque([(r0 - 1, c0 - 1)])
done = set()
while queue:
    r, c = queue.popleft()
    if (r, c) in done:
        continue
    done.add((r, c))
    for dr, dc, cost in ((-1, 0, 0), (1, 0, 0), (0, 1, 0), (0, -1, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] == "." and lefts[(r, c)] + cost < lefts.get((nr, nc), 1 << 60):
            lefts[(nr, nc)] = lefts[(r, c)] + cost
            (queue.appendleft if cost == 0 else queue.append)((nr, nc))
reach = sorted(p for p, k in lefts.items() if k <= x and k + p[1] - (c0 - 1) <= y)


def runs(cols):
    out, start = [], cols[0]
    for a, b in zip(cols, cols[1:] + [None]):
        if b != a + 1:
            out.append((start + 1, a + 1))
            start = b
    return out


rows = {}
for r, c in reach:
    rows.setdefault(r, []).append(c)
parts = []
for r in sorted(rows):
    spans = ", ".join((f"{a}" if a == b else f"{a}~{b}") if ko else (f"{a}" if a == b else f"{a}-{b}")
                      for a, b in runs(rows[r]))
    parts.append(f"{r + 1}행의 {spans}열" if ko else f"row {r + 1}, column{'s' if len(rows[r]) > 1 else ''} {spans}")
shown = parts if len(parts) <= 6 else parts[:5] + ["…"]
text = (f"닿을 수 있는 {cell}은(는) {', '.join(shown)}로 모두 {answer}개입니다." if ko else
        f"The {cells if answer != '1' else cell} that can be reached: {'; '.join(shown)} ({answer} in all).")
out = sorted((p for p in lefts if p not in set(reach)), key=lambda p: (abs(p[0] - r0 + 1) + abs(p[1] - c0 + 1), p))
if out:
    r, c = out[0]
    k = lefts[(r, c)]
    if k > x:
        why = (f"왼쪽으로 적어도 {k}번 움직여야 해서 한도 {x}번을 넘습니다" if ko else
               f"needs at least {k} left move{'s' if k != 1 else ''}, more than the limit {x}")
    else:
        k += c - (c0 - 1)
        why = (f"오른쪽으로 적어도 {k}번 움직여야 해서 한도 {y}번을 넘습니다" if ko else
               f"needs at least {k} right move{'s' if k != 1 else ''}, more than the limit {y}")
    text += (f" 예를 들어 {r + 1}행 {c + 1}열은 출발한 {cell}과(와) 이어진 빈칸이지만, 가려면 {why}." if ko else
             f" For example, row {r + 1}, column {c + 1} is free and joined to the start, but reaching it {why}.")
print(text)
