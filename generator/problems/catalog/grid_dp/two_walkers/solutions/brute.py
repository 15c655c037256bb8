"""Obviously correct (small grids): every pair of right/down routes; the cells of the union are summed once."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = [[int(data[2 + i * m + j]) for j in range(m)] for i in range(n)]


def route_cells(downs):
    i = j = 0
    cells = {(0, 0)}
    for step in range(n + m - 2):
        if step in downs:
            i += 1
        else:
            j += 1
        cells.add((i, j))
    return cells


routes = [route_cells(set(d)) for d in combinations(range(n + m - 2), n - 1)]
print(max(sum(g[i][j] for i, j in a | b) for a in routes for b in routes))
