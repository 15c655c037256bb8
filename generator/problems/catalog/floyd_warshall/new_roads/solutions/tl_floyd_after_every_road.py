"""Too slow: the whole Floyd-Warshall again after every new road, K * N^3."""
import sys

data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
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
for t in range(n):
    row_t = d[t]
    for i in range(n):
        dit = d[i][t]
        if dit == INF:
            continue
        d[i] = [x if x <= dit + y else dit + y for x, y in zip(d[i], row_t)]
out = []
for _ in range(k):
    a, b, c = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
    pos += 3
    if c < d[a][b]:
        d[a][b] = d[b][a] = c
    for t in range(n):
        row_t = d[t]
        for i in range(n):
            dit = d[i][t]
            d[i] = [x if x <= dit + y else dit + y for x, y in zip(d[i], row_t)]
    out.append(sum(map(sum, d)) // 2)
sys.stdout.write("\n".join(map(str, out)) + "\n")
