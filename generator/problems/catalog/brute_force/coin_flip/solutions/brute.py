"""Obviously correct: every set of rows and every set of columns to flip, count the tails (tiny grids only)."""
import sys

data = sys.stdin.read().split()
r, c = int(data[0]), int(data[1])
grid = [[ch == "T" for ch in data[2 + i]] for i in range(r)]
best = r * c
for row_mask in range(1 << r):
    for col_mask in range(1 << c):
        tails = sum(grid[i][j] ^ (row_mask >> i & 1) ^ (col_mask >> j & 1) for i in range(r) for j in range(c))
        best = min(best, tails)
print(best)
