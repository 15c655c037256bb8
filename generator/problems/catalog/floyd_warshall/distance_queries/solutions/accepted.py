"""Reference: Floyd-Warshall once over the two-way roads (each row relaxed through k in one comprehension), then
every query is a table lookup."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
INF = float("inf")
d = [[INF] * n for _ in range(n)]
for i in range(n):
    d[i][i] = 0
pos = 3
for _ in range(m):
    u, v, w = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
    pos += 3
    if w < d[u][v]:
        d[u][v] = d[v][u] = w
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik == INF:
            continue
        d[i] = [a if a <= dik + b else dik + b for a, b in zip(d[i], row_k)]
out = []
for _ in range(q):
    x = d[int(data[pos]) - 1][int(data[pos + 1]) - 1]
    pos += 2
    out.append("-1" if x == INF else str(x))
sys.stdout.write("\n".join(out) + "\n")
