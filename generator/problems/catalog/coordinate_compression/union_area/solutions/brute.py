"""Obviously correct: inclusion-exclusion is overkill; instead test every block of the grid made by all borders
against every rectangle and add its area when some rectangle contains it."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
rects = [tuple(map(int, data[1 + 4 * i:5 + 4 * i])) for i in range(n)]
xs = sorted({v for r in rects for v in (r[0], r[2])})
ys = sorted({v for r in rects for v in (r[1], r[3])})
area = 0
for i in range(len(xs) - 1):
    for j in range(len(ys) - 1):
        if any(x1 <= xs[i] and xs[i + 1] <= x2 and y1 <= ys[j] and ys[j + 1] <= y2 for x1, y1, x2, y2 in rects):
            area += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j])
print(area)
