"""Obviously correct: Floyd-Warshall, then both orders of the two stops."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for i in range(m):
    u, v, w = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
    d[u][v] = d[v][u] = min(d[u][v], w)
a, b = int(data[2 + 3 * m]), int(data[3 + 3 * m])
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
best = min(d[1][a] + d[a][b] + d[b][n], d[1][b] + d[b][a] + d[a][n])
print(-1 if best == INF else best)
