"""Obviously correct (small grids): Bellman-Ford over the cells with every move written out — steps to open
neighbours cost 1, jumps between any two cells of one letter cost 0 — repeated H*W times."""
import sys

data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
grid = data[2:2 + h]
cells = [(r, c) for r in range(h) for c in range(w) if grid[r][c] != "#"]
moves = []
for r, c in cells:
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#":
            moves.append(((r, c), (nr, nc), 1))
    for r2, c2 in cells:
        if grid[r][c].islower() and grid[r2][c2] == grid[r][c] and (r2, c2) != (r, c):
            moves.append(((r, c), (r2, c2), 0))
INF = float("inf")
dist = {cell: INF for cell in cells}
start = next(cell for cell in cells if grid[cell[0]][cell[1]] == "S")
goal = next(cell for cell in cells if grid[cell[0]][cell[1]] == "T")
dist[start] = 0
for _ in range(len(cells)):
    for a, b, cost in moves:
        if dist[a] + cost < dist[b]:
            dist[b] = dist[a] + cost
print(dist[goal] if dist[goal] < INF else -1)
