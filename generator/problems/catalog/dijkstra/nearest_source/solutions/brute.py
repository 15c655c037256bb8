"""Obviously correct: Floyd-Warshall, then the minimum over the sources."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m, k, q = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    edges = list(zip(map(int, data[4:4 + 3 * m:3]), map(int, data[5:5 + 3 * m:3]), map(int, data[6:6 + 3 * m:3])))
    rest = data[4 + 3 * m:]
    sources = [int(x) for x in rest[:k]]
    targets = [int(x) for x in rest[k:k + q]]
    return n, edges, sources, targets
def undirected(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj

n, edges, sources, targets = read()
INF = float("inf")
d = [[0 if i == j else INF for j in range(n + 1)] for i in range(n + 1)]
for u, v, w in edges:
    d[u][v] = d[v][u] = min(d[u][v], w)
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            d[i][j] = min(d[i][j], d[i][k] + d[k][j])
for t in targets:
    best = min(d[s][t] for s in sources)
    print(-1 if best == INF else best)
