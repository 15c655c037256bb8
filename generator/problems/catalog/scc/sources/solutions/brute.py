"""Obviously correct (tiny graphs): transitive closure by Floyd-Warshall; components are the classes of mutual
reachability; a component is a source iff no vertex outside it reaches one of its vertices."""
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
classes = {frozenset(u for u in range(1, n + 1) if r[v][u] and r[u][v]) for v in range(1, n + 1)}
sources = sum(1 for c in classes if not any(r[u][v] for u in range(1, n + 1) if u not in c for v in c))
print(len(classes), sources)
