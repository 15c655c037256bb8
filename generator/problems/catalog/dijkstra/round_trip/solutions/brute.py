"""Obviously correct: Floyd-Warshall on the whole distance table, then the largest dist[i][X] + dist[X][i]."""
import sys

data = sys.stdin.read().split()
n, m, x = int(data[0]), int(data[1]), int(data[2])
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for i in range(m):
    u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
    d[u][v] = min(d[u][v], w)
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
print(max(d[i][x] + d[x][i] for i in range(1, n + 1)))
