"""A sample's explanation: one best set of rows and columns to flip (samples are tiny)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
r, c = int(data[0]), int(data[1])
grid = [[ch == "T" for ch in data[2 + i]] for i in range(r)]
best = None
for rows in range(1 << r):
    for cols in range(1 << c):
        tails = sum(grid[i][j] ^ (rows >> i & 1) ^ (cols >> j & 1) for i in range(r) for j in range(c))
        if best is None or tails < best[0]:
            best = (tails, rows, cols)
tails, rows, cols = best
row_list = ", ".join(str(i + 1) for i in range(r) if rows >> i & 1) or ("없음" if ko else "none")
col_list = ", ".join(str(j + 1) for j in range(c) if cols >> j & 1) or ("없음" if ko else "none")
print(f"예를 들어 행 {row_list}, 열 {col_list}을 뒤집으면 뒷면이 {tails}개 남고, 이보다 적게 만들 수 없습니다." if ko else
      f"For example, flipping rows {row_list} and columns {col_list} leaves {tails} tails, and no choice leaves fewer.")
