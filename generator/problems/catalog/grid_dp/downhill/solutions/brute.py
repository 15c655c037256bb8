"""Obviously correct: walks every downhill route one by one with an explicit stack (the grid is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
h = [data[2 + i * m:2 + (i + 1) * m] for i in range(n)]
count, stack = 0, [(0, 0)]
while stack:
    i, j = stack.pop()
    if (i, j) == (n - 1, m - 1):
        count += 1
        continue
    for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
        if 0 <= a < n and 0 <= b < m and h[a][b] < h[i][j]:
            stack.append((a, b))
print(count % 1_000_000_007)
