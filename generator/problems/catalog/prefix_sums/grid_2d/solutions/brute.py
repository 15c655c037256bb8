"""Obviously correct: add every cell of every queried rectangle."""
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
g = [[int(data[3 + i * m + j]) for j in range(m)] for i in range(n)]
base = 3 + n * m
for t in range(q):
    x1, y1, x2, y2 = (int(v) for v in data[base + 4 * t: base + 4 * t + 4])
    total = 0
    for i in range(x1, x2 + 1):
        for j in range(y1, y2 + 1):
            total += g[i - 1][j - 1]
    print(total)
