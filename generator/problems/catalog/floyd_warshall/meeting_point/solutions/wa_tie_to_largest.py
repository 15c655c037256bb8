"""WRONG: ties go to the largest number. Was: Floyd-Warshall (k outermost) on the two-way roads, then the row with the smallest sum; the first
such row wins ties."""
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
        d[u][v] = d[v][u] = w
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik == INF:
            continue
        d[i] = [a if a <= dik + b else dik + b for a, b in zip(d[i], row_k)]
best = min(range(n), key=lambda i: (sum(d[i]), -i))
print(best + 1, sum(d[best]))
