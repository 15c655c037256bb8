"""WRONG: the edges are taken as two-way. Was: Floyd-Warshall in the (min, max) sense: a route through k is as bad as its worse half, so
d[i][j] = min(d[i][j], max(d[i][k], d[k][j])), k outermost; then each query is a lookup."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
INF = float("inf")
d = [[INF] * n for _ in range(n)]
for e in range(m):
    u, v, h = int(data[3 + 3 * e]) - 1, int(data[4 + 3 * e]) - 1, int(data[5 + 3 * e])
    if h < d[u][v]:
        d[u][v] = d[v][u] = h
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik == INF:
            continue
        d[i] = [a if a <= b or a <= dik else (b if b > dik else dik) for a, b in zip(d[i], row_k)]
base = 3 + 3 * m
out = []
for t in range(q):
    x = d[int(data[base + 2 * t]) - 1][int(data[base + 2 * t + 1]) - 1]
    out.append("-1" if x == INF else str(x))
sys.stdout.write("\n".join(out) + "\n")
