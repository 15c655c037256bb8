"""Obviously correct: relax every cell from every knight neighbour until nothing changes (Bellman-Ford style)."""
import sys

n, r1, c1, r2, c2 = map(int, sys.stdin.read().split())
INF = 10 ** 9
best = {(r, c): INF for r in range(1, n + 1) for c in range(1, n + 1)}
best[(r1, c1)] = 0
changed = True
while changed:
    changed = False
    for (r, c), d in list(best.items()):
        for dr in (-2, -1, 1, 2):
            for dc in (-2, -1, 1, 2):
                if abs(dr) != abs(dc) and (r + dr, c + dc) in best and best[(r + dr, c + dc)] + 1 < d:
                    d = best[(r + dr, c + dc)] + 1
                    best[(r, c)] = d
                    changed = True
print(best[(r2, c2)] if best[(r2, c2)] < INF else -1)
