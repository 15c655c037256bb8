"""Brute force: a region has a loop iff some join between two of its cells can be removed while the two cells
stay connected through the region. Try every join with a fresh search. Small grids only."""
import sys


def connected(n, m, grid, a, b, banned):
    stack, seen = [a], {a}
    while stack:
        r, c = stack.pop()
        if (r, c) == b:
            return True
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            y = (r + dr, c + dc)
            if 0 <= y[0] < n and 0 <= y[1] < m and y not in seen and grid[y[0]][y[1]] == grid[r][c]:
                if {(r, c), y} != banned:
                    seen.add(y)
                    stack.append(y)
    return False


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    region = {}
    for r in range(n):
        for c in range(m):
            if (r, c) in region:
                continue
            stack = [(r, c)]
            region[(r, c)] = (r, c)
            while stack:
                x = stack.pop()
                for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                    y = (x[0] + dr, x[1] + dc)
                    if 0 <= y[0] < n and 0 <= y[1] < m and y not in region and grid[y[0]][y[1]] == grid[r][c]:
                        region[y] = (r, c)
                        stack.append(y)
    with_loop = set()
    for r in range(n):
        for c in range(m):
            for dr, dc in ((0, 1), (1, 0)):
                y = (r + dr, c + dc)
                if y[0] < n and y[1] < m and grid[y[0]][y[1]] == grid[r][c]:
                    if connected(n, m, grid, (r, c), y, {(r, c), y}):
                        with_loop.add(region[(r, c)])
    print(len(with_loop))


main()
