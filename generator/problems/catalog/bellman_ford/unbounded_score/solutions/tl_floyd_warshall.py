"""Too slow: Floyd-Warshall for the largest gains between all pairs (N^3); the score is unbounded iff some c with
d[1][c] and d[c][N] defined has d[c][c] > 0."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
NONE = float("-inf")
d = [[NONE] * n for _ in range(n)]
for i in range(n):
    d[i][i] = 0
for e in range(m):
    u, v, x = int(data[2 + 3 * e]) - 1, int(data[3 + 3 * e]) - 1, int(data[4 + 3 * e])
    if x > d[u][v]:
        d[u][v] = x
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik == NONE:
            continue
        d[i] = [a if a >= dik + b else dik + b for a, b in zip(d[i], row_k)]
if any(d[0][c] != NONE and d[c][n - 1] != NONE and d[c][c] > 0 for c in range(n)):
    print("INFINITE")
else:
    print(d[0][n - 1])
