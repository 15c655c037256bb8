"""WRONG: finds the route with the smallest SUM of heights (ordinary Floyd-Warshall) and reports the highest edge on it. Was: Floyd-Warshall in the (min, max) sense: a route through k is as bad as its worse half, so
d[i][j] = min(d[i][j], max(d[i][k], d[k][j])), k outermost; then each query is a lookup."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
INF = float("inf")
d = [[INF] * n for _ in range(n)]
for e in range(m):
    u, v, h = int(data[3 + 3 * e]) - 1, int(data[4 + 3 * e]) - 1, int(data[5 + 3 * e])
    if h < d[u][v]:
        d[u][v] = h
s = [row[:] for row in d]  # sums; d keeps the highest edge of the cheapest-sum route
for k in range(n):
    for i in range(n):
        sik = s[i][k]
        if sik == INF:
            continue
        si, sk, di, dk, dik = s[i], s[k], d[i], d[k], d[i][k]
        for j in range(n):
            if sik + sk[j] < si[j]:
                si[j] = sik + sk[j]
                di[j] = dik if dik > dk[j] else dk[j]
base = 3 + 3 * m
out = []
for t in range(q):
    x = d[int(data[base + 2 * t]) - 1][int(data[base + 2 * t + 1]) - 1]
    out.append("-1" if x == INF else str(x))
sys.stdout.write("\n".join(out) + "\n")
