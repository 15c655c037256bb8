"""Obviously correct (small grids): Bellman-Ford over the cells — a move into a cell costs 1 if it is a wall —
repeated H*W times."""
import sys

data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
grid = data[2:2 + h]
INF = float("inf")
dist = {(r, c): INF for r in range(h) for c in range(w)}
dist[(0, 0)] = 0
for _ in range(h * w):
    for (r, c) in list(dist):
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (nr, nc) in dist:
                step = dist[(r, c)] + (grid[nr][nc] == "#")
                if step < dist[(nr, nc)]:
                    dist[(nr, nc)] = step
print(dist[(h - 1, w - 1)])
