"""Reference: Floyd-Warshall (k outermost) with the diagonal starting at infinity instead of 0, so d[i][i] ends as
the shortest closed route through i; the answer is the smallest diagonal entry."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
INF = float("inf")
d = [[INF] * n for _ in range(n)]
for e in range(m):
    u, v, w = int(data[2 + 3 * e]) - 1, int(data[3 + 3 * e]) - 1, int(data[4 + 3 * e])
    if w < d[u][v]:
        d[u][v] = w
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik == INF:
            continue
        d[i] = [a if a <= dik + b else dik + b for a, b in zip(d[i], row_k)]
best = min(d[i][i] for i in range(n))
print(-1 if best == INF else best)
