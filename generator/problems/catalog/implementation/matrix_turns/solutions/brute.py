"""Obviously correct: perform every command as that many single clockwise quarter turns, cell by cell."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
grid = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
q = int(data[2 + n * m])
for a in data[3 + n * m:3 + n * m + q]:
    for _ in range(int(a) // 90):
        rows, cols = len(grid), len(grid[0])
        turned = [[None] * rows for _ in range(cols)]
        for i in range(rows):
            for j in range(cols):
                turned[j][rows - 1 - i] = grid[i][j]  # the left column becomes the top row
        grid = turned
print("\n".join(" ".join(row) for row in grid))
