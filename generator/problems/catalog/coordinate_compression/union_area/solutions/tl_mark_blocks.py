"""Too slow: marks every compressed block of every rectangle, O(N * blocks) = O(N^3)."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
rects = [tuple(map(int, data[1 + 4 * i:5 + 4 * i])) for i in range(n)]
xs = sorted({v for r in rects for v in (r[0], r[2])})
ys = sorted({v for r in rects for v in (r[1], r[3])})
xi = {v: i for i, v in enumerate(xs)}
yi = {v: i for i, v in enumerate(ys)}
covered = [[False] * len(ys) for _ in xs]
for x1, y1, x2, y2 in rects:
    for i in range(xi[x1], xi[x2]):
        line = covered[i]
        for j in range(yi[y1], yi[y2]):
            line[j] = True
print(sum((xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]) for i in range(len(xs) - 1) for j in range(len(ys) - 1)
          if covered[i][j]))
