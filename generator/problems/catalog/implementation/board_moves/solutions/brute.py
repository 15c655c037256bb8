"""Obviously correct: the board as a set of cells; a move happens only onto a cell of the board."""
import sys

data = sys.stdin.read().split()
n, m, r, c = map(int, data[:4])
board = {(i, j) for i in range(1, n + 1) for j in range(1, m + 1)}
for ch in data[4]:
    if ch == "U":
        target = (r - 1, c)
    elif ch == "D":
        target = (r + 1, c)
    elif ch == "L":
        target = (r, c - 1)
    else:
        target = (r, c + 1)
    if target in board:
        r, c = target
print(r, c)
