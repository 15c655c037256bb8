"""A sample's explanation: one best set of rows and columns to flip (samples are tiny). Reads {"input", "output",
"language", "params", "texts"} as JSON; texts name the theme's things (coins, cards, tiles, badges)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case["texts"]


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
flips = ([f"row{'s' if ',' in row_list else ''} {row_list}"] if rows else []) + \
    ([f"column{'s' if ',' in col_list else ''} {col_list}"] if cols else [])
flips_ko = ([f"행 {row_list}"] if rows else []) + ([f"열 {col_list}"] if cols else [])
if ko:
    what = f"{', '.join(flips_ko)}을(를) 뒤집으면" if flips_ko else "아무것도 뒤집지 않으면"
    print(f"예를 들어 {what} 뒷면이 {tails}개 남고, 이보다 적게 만들 수 없습니다.")
else:
    things = texts["thing"] if tails == 1 else texts["things"]
    print(f"For example, flipping {' and '.join(flips) or 'nothing'} leaves {tails} {things} showing tails, "
          f"and no choice leaves fewer.")
