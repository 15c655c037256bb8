"""Obviously correct: every path, one choice (stay or move right) per step (N is tiny here)."""
import sys

data = list(map(int, sys.stdin.read().split()))
n = data[0]
rows, pos = [], 1
for i in range(1, n + 1):
    rows.append(data[pos:pos + i])
    pos += i
best = None
for choices in range(1 << (n - 1)):
    j, total = 0, rows[0][0]
    for i in range(1, n):
        j += choices >> (i - 1) & 1
        total += rows[i][j]
    best = total if best is None else max(best, total)
print(best)
