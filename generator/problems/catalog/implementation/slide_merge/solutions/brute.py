"""Obviously correct: on the 2D board, tiles nearest the wall move first, one cell at a time while the next cell is
empty; a tile that hits an equal tile not made by a merge in this move merges into it."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
board = [list(map(int, data[2 + i * n:2 + (i + 1) * n])) for i in range(n)]
STEP = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
for move in data[2 + n * n]:
    dr, dc = STEP[move]
    order = [(r, c) for r in range(n) for c in range(n)]
    order.sort(key=lambda rc: -(rc[0] * dr + rc[1] * dc))  # the cells nearest the wall first
    merged = [[False] * n for _ in range(n)]
    for r, c in order:
        if not board[r][c]:
            continue
        while 0 <= r + dr < n and 0 <= c + dc < n and board[r + dr][c + dc] == 0:
            board[r + dr][c + dc], board[r][c] = board[r][c], 0
            r, c = r + dr, c + dc
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n and board[nr][nc] == board[r][c] and not merged[nr][nc]:
            board[nr][nc] *= 2
            board[r][c] = 0
            merged[nr][nc] = True
print("\n".join(" ".join(map(str, row)) for row in board))
