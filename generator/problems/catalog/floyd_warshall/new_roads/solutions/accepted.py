"""Reference: Floyd-Warshall once; a new road (a, b, c) can only help through itself, so every pair takes
min(d[i][j], d[i][a] + c + d[b][j], d[i][b] + c + d[a][j]) from the old rows of a and b: O(N^2) per road. Rows
for which the road shortens neither d[i][a] nor d[i][b] cannot change and are skipped."""
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
        row_a, row_b = d[a], d[b]
        for i in range(n):
            row = d[i]
            via_a, via_b = row[a] + c, row[b] + c  # reach a (or b), then take the new road
            if via_a >= row[b] and via_b >= row[a]:
                continue
            row = [x if x <= via_a + y else via_a + y for x, y in zip(row, row_b)]
            d[i] = [x if x <= via_b + z else via_b + z for x, z in zip(row, row_a)]
    out.append(sum(map(sum, d)) // 2)
sys.stdout.write("\n".join(map(str, out)) + "\n")
