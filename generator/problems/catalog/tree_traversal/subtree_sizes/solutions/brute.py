"""Obviously correct (small trees): Floyd-Warshall; u is in the subtree of v iff v lies on the route from 1 to u."""
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
print(" ".join(str(sum(1 for u in range(1, n + 1) if d[1][v] + d[v][u] == d[1][u])) for v in range(1, n + 1)))
