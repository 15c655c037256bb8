"""Obviously correct: the answer is the largest, over open cells, of the distance to the nearest source; each
distance is found by relaxing all cells until nothing changes."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + r] for r in range(n)]
INF = 10 ** 9
dist = {(r, c): (0 if g[r][c] == "*" else INF) for r in range(n) for c in range(m) if g[r][c] != "#"}
changed = True
while changed:
    changed = False
    for (r, c), d in list(dist.items()):
        for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if nb in dist and dist[nb] + 1 < d:
                d = dist[nb] + 1
                dist[(r, c)] = d
                changed = True
worst = max(dist.values())
print(-1 if worst >= INF else worst)
