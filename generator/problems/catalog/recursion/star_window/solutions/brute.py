"""Obviously correct for small K: draw the whole pattern by its definition (eight copies of the smaller pattern
around a blank middle square) and cut the window out of it."""
import sys

k, r, c, h, w = map(int, sys.stdin.read().split())
pattern = ["*"]
for _ in range(k):
    size = len(pattern)
    blank = "." * size
    pattern = ([row * 3 for row in pattern] + [row + blank + row for row in pattern] + [row * 3 for row in pattern])
for row in pattern[r:r + h]:
    print(row[c:c + w])
