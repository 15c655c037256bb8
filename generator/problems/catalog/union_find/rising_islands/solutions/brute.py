"""Obviously correct: after every change, count the groups of the whole grid with a flood fill."""
import sys

data = sys.stdin.read().split()
rows, cols, k = int(data[0]), int(data[1]), int(data[2])
on = [[False] * cols for _ in range(rows)]
for i in range(k):
    on[int(data[3 + 2 * i]) - 1][int(data[4 + 2 * i]) - 1] = True
    seen = [[False] * cols for _ in range(rows)]
    groups = 0
    for r in range(rows):
        for c in range(cols):
            if on[r][c] and not seen[r][c]:
                groups += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and on[ny][nx] and not seen[ny][nx]:
                            seen[ny][nx] = True
                            stack.append((ny, nx))
    print(groups)
