"""Brute force: compare the block cell by cell at every position."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
text = data[2:2 + n]
p, q = int(data[2 + n]), int(data[3 + n])
block = data[4 + n:4 + n + p]
count = 0
for i in range(n - p + 1):
    for j in range(m - q + 1):
        if all(text[i + r][j + c] == block[r][c] for r in range(p) for c in range(q)):
            count += 1
print(count)
