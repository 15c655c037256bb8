"""Obviously correct: every route that moves left, right or down without revisiting a cell, by depth-first
search with an explicit stack (the grid is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
a = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
best = None
stack = [((0, 0), frozenset([(0, 0)]), a[0][0])]
while stack:
    (i, j), seen, total = stack.pop()
    if (i, j) == (n - 1, m - 1):
        best = total if best is None else max(best, total)
        continue
    for x, y in ((i, j - 1), (i, j + 1), (i + 1, j)):
        if 0 <= x < n and 0 <= y < m and (x, y) not in seen:
            stack.append(((x, y), seen | {(x, y)}, total + a[x][y]))
print(best)
