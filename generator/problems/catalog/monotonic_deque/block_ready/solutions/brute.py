"""Obviously correct: every block checked cell by cell."""
import sys

data = sys.stdin.read().split()
r, c, a, b = (int(x) for x in data[:4])
t = [[int(x) for x in data[4 + i * c:4 + (i + 1) * c]] for i in range(r)]
best = None
for top in range(r - a + 1):
    for left in range(c - b + 1):
        block = [t[i][j] for i in range(top, top + a) for j in range(left, left + b)]
        if -1 not in block and (best is None or max(block) < best):
            best = max(block)
print(-1 if best is None else best)
