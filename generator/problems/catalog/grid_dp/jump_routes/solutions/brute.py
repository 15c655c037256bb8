"""Obviously correct: walks every route one by one with an explicit stack (the grid is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
d = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
count, stack = 0, [(0, 0)]
while stack:
    i, j = stack.pop()
    if (i, j) == (n - 1, m - 1):
        count += 1
        continue
    step = d[i][j]
    if step == 0:
        continue
    if j + step < m:
        stack.append((i, j + step))
    if i + step < n:
        stack.append((i + step, j))
print(count % 1_000_000_007)
