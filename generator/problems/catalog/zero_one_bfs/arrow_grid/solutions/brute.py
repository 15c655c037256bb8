"""Brute force: Bellman-Ford style relaxation of every move until nothing changes (tiny grids only)."""
import sys

data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
grid = data[2:2 + h]
MOVES = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
INF = float("inf")
dist = {(r, c): INF for r in range(h) for c in range(w)}
dist[(0, 0)] = 0
changed = True
while changed:
    changed = False
    for (r, c), d in list(dist.items()):
        for letter, (dr, dc) in MOVES.items():
            y = (r + dr, c + dc)
            if y in dist:
                cost = d + (0 if grid[r][c] == letter else 1)
                if cost < dist[y]:
                    dist[y] = cost
                    changed = True
print(dist[(h - 1, w - 1)])
