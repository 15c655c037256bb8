"""Obviously correct: build both 8 x 8 chessboards explicitly and compare every piece with each."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
board = data[2:2 + n]
patterns = [["".join("WB"[(i + j + start) % 2] for j in range(8)) for i in range(8)] for start in (0, 1)]
answers = []
for top in range(n - 8 + 1):
    for left in range(m - 8 + 1):
        for pattern in patterns:
            answers.append(sum(board[top + i][left + j] != pattern[i][j] for i in range(8) for j in range(8)))
print(min(answers))
