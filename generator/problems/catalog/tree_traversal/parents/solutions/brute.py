"""Obviously correct (small trees): Floyd-Warshall; the parent of v is its neighbour one step closer to 1."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    d[u][v] = d[v][u] = 1
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
print(" ".join(str(next(u for u in range(1, n + 1) if d[u][v] == 1 and d[1][u] == d[1][v] - 1))
               for v in range(2, n + 1)))
