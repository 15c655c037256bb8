"""Obviously correct (small grids): every top-left corner and every size, checking every cell of the square."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
rows = data[2:2 + n]
best = 0
for i in range(n):
    for j in range(m):
        for k in range(1, min(n - i, m - j) + 1):
            if all(rows[a][b] == "1" for a in range(i, i + k) for b in range(j, j + k)):
                best = max(best, k)
print(best * best)
