"""Obviously correct (small grids): every right/down route, summed."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
grid = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]
best = None
for downs in combinations(range(n + m - 2), n - 1):
    i = j = 0
    total = grid[0][0]
    for step in range(n + m - 2):
        if step in downs:
            i += 1
        else:
            j += 1
        total += grid[i][j]
    best = total if best is None else max(best, total)
print(best)
