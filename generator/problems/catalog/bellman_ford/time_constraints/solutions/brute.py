"""Brute force: Floyd-Warshall on the constraint graph (a negative diagonal entry anywhere means no schedule);
otherwise the answer is the 1 -> N distance, UNBOUNDED if there is none."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
INF = None
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for e in range(m):
    t, u, v, w = (int(x) for x in data[2 + 4 * e:6 + 4 * e])
    a, b, c = (u, v, w) if t == 1 else (v, u, -w)
    if d[a][b] is None or c < d[a][b]:
        d[a][b] = c
for k in range(1, n + 1):
    for i in range(1, n + 1):
        if d[i][k] is None:
            continue
        for j in range(1, n + 1):
            if d[k][j] is not None and (d[i][j] is None or d[i][k] + d[k][j] < d[i][j]):
                d[i][j] = d[i][k] + d[k][j]
if any(d[i][i] < 0 for i in range(1, n + 1)):
    print("IMPOSSIBLE")
else:
    print("UNBOUNDED" if d[1][n] is None else d[1][n])
