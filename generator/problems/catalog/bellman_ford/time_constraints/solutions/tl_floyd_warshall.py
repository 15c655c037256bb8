"""Too slow: Floyd-Warshall on the whole constraint graph, O(N^3) (a negative diagonal entry means no schedule)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for e in range(m):
    t, u, v, w = (int(x) for x in data[2 + 4 * e:6 + 4 * e])
    a, b, c = (u, v, w) if t == 1 else (v, u, -w)
    if c < d[a][b]:
        d[a][b] = c
for k in range(1, n + 1):
    dk = d[k]
    for i in range(1, n + 1):
        dik = d[i][k]
        if dik == INF:
            continue
        di = d[i]
        for j in range(1, n + 1):
            if dik + dk[j] < di[j]:
                di[j] = dik + dk[j]
if any(d[i][i] < 0 for i in range(1, n + 1)):
    print("IMPOSSIBLE")
else:
    print("UNBOUNDED" if d[1][n] == INF else d[1][n])
