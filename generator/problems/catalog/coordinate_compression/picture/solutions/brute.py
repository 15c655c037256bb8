"""Obviously correct: a cell (row r, column c) is marked when some point has exactly r - 1 different y-coordinates
above it and exactly c - 1 different x-coordinates to its left."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
pts = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
xs = set(x for x, _ in pts)
ys = set(y for _, y in pts)
print(len(ys), len(xs))
for r in range(len(ys)):
    line = ""
    for c in range(len(xs)):
        hit = any(sum(1 for v in ys if v > y) == r and sum(1 for v in xs if v < x) == c for x, y in pts)
        line += "#" if hit else "."
    print(line)
