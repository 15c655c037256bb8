"""A sample's explanation, computed from the sample: how many cells are empty, and one empty cell whose digit is
forced by the givens alone (the digits already in its row, column and box)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
grid = [int(x) for x in case["input"].split()]
blanks = [i for i in range(81) if grid[i] == 0]


def seen(i):
    r, c = divmod(i, 9)
    box = [(r // 3 * 3 + a) * 9 + c // 3 * 3 + b for a in range(3) for b in range(3)]
    return {grid[j] for j in [r * 9 + k for k in range(9)] + [k * 9 + c for k in range(9)] + box} - {0}


forced = next((i for i in blanks if len(seen(i)) == 8), None)
if forced is None:
    print(f"빈 칸이 {len(blanks)}개 있습니다." if ko else f"There are {len(blanks)} empty cells.")
else:
    r, c = divmod(forced, 9)
    used = " ".join(map(str, sorted(seen(forced))))
    digit = (set(range(1, 10)) - seen(forced)).pop()
    if ko:
        print(f"빈 칸은 {len(blanks)}개입니다. 예를 들어 {r + 1}행 {c + 1}열 칸의 행, 열, 3×3 상자에는 이미 "
              f"{used}이(가) 있으므로 이 칸에는 {digit}만 들어갈 수 있습니다.")
    else:
        print(f"There are {len(blanks)} empty cells. For example, the row, column and 3×3 box of the cell in row "
              f"{r + 1}, column {c + 1} already hold {used}, so only {digit} can go there.")
