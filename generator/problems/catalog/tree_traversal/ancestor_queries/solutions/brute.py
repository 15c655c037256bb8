"""Obviously correct (small trees): Floyd-Warshall; u is an ancestor of v iff u lies on the route from 1 to v."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for i in range(n - 1):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    d[u][v] = d[v][u] = 1
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
base = 2 + 2 * (n - 1)
for k in range(q):
    u, v = int(data[base + 2 * k]), int(data[base + 2 * k + 1])
    print("YES" if d[1][u] + d[u][v] == d[1][v] else "NO")
