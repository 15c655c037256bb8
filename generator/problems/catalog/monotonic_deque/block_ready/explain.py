"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
rows, cols, a, b = tokens[:4]
grid = [tokens[4 + i * cols:4 + (i + 1) * cols] for i in range(rows)]
# The largest t of every block by its top-left cell, None for a block holding a -1.
worst = [[None if any(grid[i + di][j + dj] == -1 for di in range(a) for dj in range(b)) else
          max(grid[i + di][j + dj] for di in range(a) for dj in range(b)) for j in range(cols - b + 1)]
         for i in range(rows - a + 1)]
ready = [(w, i, j) for i, line in enumerate(worst) for j, w in enumerate(line) if w is not None]
table = "; ".join(" ".join("×" if w is None else str(w) for w in line) for line in worst)
many = (rows - a + 1) * (cols - b + 1) > 1
if ko:
    cell = texts["cell"]
    head = (f"{a}×{b} 블록마다 안에 있는 가장 큰 t를 왼쪽 위 {cell}의 위치 순서대로, 행이 바뀔 때 ;로 나누어 쓰면 "
            f"{table}입니다(×는 -1이 있는 블록). "
            if many else f"{a}×{b} 블록은 {texts['field']} 전체 하나뿐입니다. ")
    if not ready:
        print(head + "모든 블록에 -1인 " + f"{cell}이(가)" + " 있으므로 답은 -1입니다.")
    else:
        w, i, j = min(ready)
        print(head + f"가장 작은 값은 왼쪽 위 {cell}이(가) ({i + 1}, {j + 1})인 블록의 {w}이므로, 이 블록이 "
              f"시각 {w}에 가장 먼저 준비되고 답은 {w}입니다.")
else:
    cell, cells = texts["cell"], texts["cells"]
    head = (f"The largest t in each {a}×{b} block, listed by its top-left {cell} row by row (rows separated by ;), "
            f"is {table} (× marks a block with a -1). " if many else f"The only {a}×{b} block is the whole {texts['field']}. ")
    if not ready:
        print(head + f"Every block holds a {cell} with -1, so the answer is -1.")
    else:
        w, i, j = min(ready)
        print(head + f"The smallest is {w}, for the block whose top-left {cell} is ({i + 1}, {j + 1}): it is ready "
              f"at moment {w} and no block is ready earlier, so the answer is {w}.")
