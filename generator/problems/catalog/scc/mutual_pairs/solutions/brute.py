"""Obviously correct (tiny graphs): transitive closure by Floyd-Warshall, then count the pairs u < v with u
reaching v and v reaching u."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
r = [[i == j for j in range(n + 1)] for i in range(n + 1)]
for i in range(m):
    r[int(data[2 + 2 * i])][int(data[3 + 2 * i])] = True
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if r[i][k] and r[k][j]:
                r[i][j] = True
print(sum(1 for u in range(1, n + 1) for v in range(u + 1, n + 1) if r[u][v] and r[v][u]))
