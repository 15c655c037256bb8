"""A sample's explanation: where the best piece is and which colouring it takes."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
n, m, board = int(data[0]), int(data[1]), data[2:]
best = None
for top in range(n - 7):
    for left in range(m - 7):
        for start, colour in ((0, "W"), (1, "B")):
            wrong = sum(board[top + i][left + j] != "WB"[(i + j + start) % 2] for i in range(8) for j in range(8))
            if best is None or wrong < best[0]:
                best = (wrong, top + 1, left + 1, colour)
wrong, top, left, colour = best
print(f"{top}행 {left}열에서 시작하는 조각을 맨 왼쪽 위가 {colour}인 체스판으로 만들면 {wrong}칸만 다시 칠하면 됩니다." if ko
      else f"The piece whose top-left is row {top}, column {left}, made into the chessboard with a {colour} top-left, "
           f"needs only {wrong} {'repaint' if wrong == 1 else 'repaints'}.")
