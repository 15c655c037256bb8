"""Obviously correct (small trees): Floyd-Warshall over the weighted edges, then the largest distance."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for i in range(n - 1):
    u, v, w = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    d[u][v] = d[v][u] = w
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
print(max(max(row[1:]) for row in d[1:]))
