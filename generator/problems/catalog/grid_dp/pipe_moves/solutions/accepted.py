"""ways[d][r][c]: ways for the pipe's far end to reach (r, c) lying in direction d (0 right, 1 down, 2 diagonal).
Right comes from right or diagonal, down from down or diagonal, diagonal from all three (with 3 free cells)."""
import sys

MOD = 1_000_000_007
data = sys.stdin.buffer.read().split()
n = int(data[0])
g = [row.decode() for row in data[1:1 + n]]
right = [[0] * n for _ in range(n)]
down = [[0] * n for _ in range(n)]
diag = [[0] * n for _ in range(n)]
right[0][1] = 1
for r in range(n):
    for c in range(n):
        if g[r][c] == "#" or (r == 0 and c < 2):
            continue
        if c >= 1:
            right[r][c] = (right[r][c] + right[r][c - 1] + diag[r][c - 1]) % MOD
        if r >= 1:
            down[r][c] = (down[r - 1][c] + diag[r - 1][c]) % MOD
        if r >= 1 and c >= 1 and g[r - 1][c] == "." and g[r][c - 1] == ".":
            diag[r][c] = (right[r - 1][c - 1] + down[r - 1][c - 1] + diag[r - 1][c - 1]) % MOD
print((right[n - 1][n - 1] + down[n - 1][n - 1] + diag[n - 1][n - 1]) % MOD)
