"""Wrong: a parallel edge overwrites the earlier one instead of keeping the shorter length."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
INF = float("inf")
d = [[INF] * n for _ in range(n)]
for i in range(n):
    d[i][i] = 0
for e in range(m):
    u, v, w = int(data[2 + 3 * e]) - 1, int(data[3 + 3 * e]) - 1, int(data[4 + 3 * e])
    d[u][v] = w
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik == INF:
            continue
        d[i] = [a if a <= dik + b else dik + b for a, b in zip(d[i], row_k)]
sys.stdout.write("".join(" ".join("INF" if x == INF else str(x) for x in row) + "\n" for row in d))
