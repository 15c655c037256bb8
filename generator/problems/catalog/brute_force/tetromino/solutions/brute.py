"""Obviously correct: every set of 4 cells that is connected through shared sides is a tetromino placement (and
every placement is such a set); try all 4-cell subsets of the small grid."""
import sys
from itertools import combinations

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
values = data[2:2 + n * m]
best = 0
for cells in combinations(range(n * m), 4):
    chosen = set(cells)
    seen, stack = {cells[0]}, [cells[0]]
    while stack:
        k = stack.pop()
        i, j = divmod(k, m)
        for y, x in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= y < n and 0 <= x < m and y * m + x in chosen and y * m + x not in seen:
                seen.add(y * m + x)
                stack.append(y * m + x)
    if len(seen) == 4:
        best = max(best, sum(values[k] for k in cells))
print(best)
