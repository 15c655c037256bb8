"""Too slow: Floyd-Warshall over all pairs (N^3) to learn distances from 1 and whether a vertex reachable from 1
lies on a negative cycle (d[c][c] < 0)."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
INF = float("inf")
d = [[INF] * n for _ in range(n)]
for i in range(n):
    d[i][i] = 0
for e in range(m):
    u, v, w = int(data[2 + 3 * e]) - 1, int(data[3 + 3 * e]) - 1, int(data[4 + 3 * e])
    if w < d[u][v]:
        d[u][v] = w
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik == INF:
            continue
        d[i] = [a if a <= dik + b else dik + b for a, b in zip(d[i], row_k)]
if any(d[0][c] != INF and d[c][c] < 0 for c in range(n)):
    print("CYCLE")
else:
    sys.stdout.write("".join("INF\n" if x == INF else f"{x}\n" for x in d[0]))
