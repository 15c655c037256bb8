"""Obviously correct: test every point against every rectangle."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
pts = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]
base = 2 + 2 * n
for j in range(q):
    x1, y1, x2, y2 = (int(t) for t in data[base + 4 * j:base + 4 * j + 4])
    print(sum(1 for x, y in pts if x1 <= x <= x2 and y1 <= y <= y2))
