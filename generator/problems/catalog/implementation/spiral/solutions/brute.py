"""Obviously correct: walk right, down, left, up, turning clockwise whenever the next cell is outside or taken."""
import sys

n, m = map(int, sys.stdin.read().split())
g = [[0] * m for _ in range(n)]
r = c = d = 0
steps = ((0, 1), (1, 0), (0, -1), (-1, 0))
for k in range(1, n * m + 1):
    g[r][c] = k
    for _ in range(4):
        nr, nc = r + steps[d][0], c + steps[d][1]
        if 0 <= nr < n and 0 <= nc < m and g[nr][nc] == 0:
            r, c = nr, nc
            break
        d = (d + 1) % 4
print("\n".join(" ".join(map(str, row)) for row in g))
