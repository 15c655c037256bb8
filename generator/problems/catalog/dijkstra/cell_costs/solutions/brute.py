"""Obviously correct: relax every cell from its four neighbours until nothing changes (Bellman-Ford)."""
import sys

data = sys.stdin.read().split()
r, c = int(data[0]), int(data[1])
a = [[int(ch) for ch in data[2 + i]] for i in range(r)]
INF = float("inf")
best = [[INF] * c for _ in range(r)]
best[0][0] = a[0][0]
changed = True
while changed:
    changed = False
    for i in range(r):
        for j in range(c):
            for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= ni < r and 0 <= nj < c and best[ni][nj] + a[i][j] < best[i][j]:
                    best[i][j] = best[ni][nj] + a[i][j]
                    changed = True
print(best[r - 1][c - 1])
