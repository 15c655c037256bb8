"""Wrong: the bounds check lets the knight use one extra row and column (<= n + 1), so corner detours shrink."""
import sys
from collections import deque

n, r1, c1, r2, c2 = map(int, sys.stdin.read().split())
dist = [[-1] * (n + 3) for _ in range(n + 3)]
dist[r1][c1] = 0
queue = deque([(r1, c1)])
while queue:
    r, c = queue.popleft()
    for dr, dc in ((1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)):
        nr, nc = r + dr, c + dc
        if 1 <= nr <= n + 1 and 1 <= nc <= n + 1 and dist[nr][nc] < 0:
            dist[nr][nc] = dist[r][c] + 1
            queue.append((nr, nc))
print(dist[r2][c2])
