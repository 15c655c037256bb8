import sys

MOD = 10 ** 9 + 7
data = sys.stdin.buffer.read().split()
n, m, k = int(data[0]), int(data[1]), int(data[2])
edges = [(int(data[3 + 2 * i]) - 1, int(data[4 + 2 * i]) - 1) for i in range(m)]
pos = 3 + 2 * m
q = int(data[pos])
rows = [[int(i == j) for j in range(n)] for i in range(n)]  # rows[s][v]: walks from s ending at v
for _ in range(k):  # extend every walk by one road, K times
    nxt = [[0] * n for _ in range(n)]
    for s in range(n):
        row, new = rows[s], nxt[s]
        for u, v in edges:
            new[v] = (new[v] + row[u]) % MOD
    rows = nxt
out = []
for j in range(q):
    s, t = int(data[pos + 1 + 2 * j]) - 1, int(data[pos + 2 + 2 * j]) - 1
    out.append(rows[s][t])
print("\n".join(map(str, out)))
