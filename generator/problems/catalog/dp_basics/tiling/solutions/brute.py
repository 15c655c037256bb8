"""Obviously correct for small N: places a piece on the first uncovered cell (column by column, top first), in
every way that fits, and counts the complete coverings one by one."""
import sys

n, k = map(int, sys.stdin.read().split())
covered = [[False] * n for _ in range(2)]


def count():
    cell = next(((c, r) for c in range(n) for r in range(2) if not covered[r][c]), None)
    if cell is None:
        return 1
    c, r = cell
    total = 0
    shapes = [((0, 0), (0, 1)), ((0, 0), (1, 0)), ((0, 0), (0, 1), (1, 0), (1, 1))]  # flat, upright, square
    for shape in shapes:
        cells = [(r + dr, c + dc) for dr, dc in shape]
        if all(rr < 2 and cc < n and not covered[rr][cc] for rr, cc in cells):
            for rr, cc in cells:
                covered[rr][cc] = True
            total += count() * (k if len(shape) == 4 else 1)
            for rr, cc in cells:
                covered[rr][cc] = False
    return total


print(count() % 1_000_000_007)
