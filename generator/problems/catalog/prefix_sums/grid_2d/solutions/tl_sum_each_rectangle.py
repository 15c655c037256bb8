"""Too slow: sums every queried rectangle row by row (O(N*M) per query)."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
g = [list(map(int, data[3 + i * m: 3 + (i + 1) * m])) for i in range(n)]
base = 3 + n * m
out = []
for t in range(q):
    x1, y1, x2, y2 = (int(v) for v in data[base + 4 * t: base + 4 * t + 4])
    total = 0
    for i in range(x1 - 1, x2):
        row = g[i]
        for j in range(y1 - 1, y2):
            total += row[j]
    out.append(total)
print("\n".join(map(str, out)))
