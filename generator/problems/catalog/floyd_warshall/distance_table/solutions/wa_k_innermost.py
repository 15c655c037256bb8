"""Wrong: the loops in the order i, j, k (k innermost): each pair is settled once, before the distances it is built
from are final."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
INF = float("inf")
d = [[INF] * n for _ in range(n)]
for i in range(n):
    d[i][i] = 0
for e in range(m):
    u, v, w = int(data[2 + 3 * e]) - 1, int(data[3 + 3 * e]) - 1, int(data[4 + 3 * e])
    if w < d[u][v]:
        d[u][v] = w
for i in range(n):
    row_i = d[i]
    for j in range(n):
        best = row_i[j]
        for k in range(n):
            if row_i[k] + d[k][j] < best:
                best = row_i[k] + d[k][j]
        row_i[j] = best
sys.stdout.write("".join(" ".join("INF" if x == INF else str(x) for x in row) + "\n" for row in d))
