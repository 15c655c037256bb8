"""Too slow: Floyd-Warshall, O(N^3)."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(zip(map(int, data[2:2 + 3 * m:3]), map(int, data[3:3 + 3 * m:3]), map(int, data[4:4 + 3 * m:3])))
    return n, edges
def undirected(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj

n, edges = read()
INF = float("inf")
d = [[INF] * (n + 1) for _ in range(n + 1)]
for i in range(n + 1):
    d[i][i] = 0
for u, v, w in edges:
    if w < d[u][v]:
        d[u][v] = d[v][u] = w
for k in range(1, n + 1):
    dk = d[k]
    for i in range(1, n + 1):
        di = d[i]
        dik = di[k]
        if dik == INF:
            continue
        for j in range(1, n + 1):
            if dik + dk[j] < di[j]:
                di[j] = dik + dk[j]
print(-1 if d[1][n] == INF else d[1][n])
