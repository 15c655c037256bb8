"""Obviously correct and slow: relax every (cell, walls broken) state until nothing changes."""
import sys

data = sys.stdin.read().split("\n")
head = data[0].split()
n, m = int(head[0]), int(head[1])
k = int(head[2]) if len(head) > 2 else 0
g = data[1:1 + n]
INF = float("inf")
dist = {(r, c, u): INF for r in range(n) for c in range(m) for u in range(k + 1)}
for r in range(n):
    for c in range(m):
        if g[r][c] == "S":
            dist[(r, c, 0)] = 0
changed = True
while changed:
    changed = False
    for (r, c, u), d in list(dist.items()):
        if d == INF:
            continue
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < n and 0 <= nc < m:
                nu = u + (g[nr][nc] == "#")
                if nu <= k and dist[(nr, nc, nu)] > d + 1:
                    dist[(nr, nc, nu)] = d + 1
                    changed = True
best = min((d for (r, c, u), d in dist.items() if g[r][c] == "E"), default=INF)
print(-1 if best == INF else best)
