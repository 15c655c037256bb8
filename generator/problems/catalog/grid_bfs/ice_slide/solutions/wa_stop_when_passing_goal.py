"""Wrong: a slide that passes over the goal is taken to stop there, although the stone only stops at a wall."""
import sys
from collections import deque

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + r] for r in range(n)]
start = next((r, c) for r in range(n) for c in range(m) if g[r][c] == "S")
goal = next((r, c) for r in range(n) for c in range(m) if g[r][c] == "G")
dist = {start: 0}
queue = deque([start])
while queue:
    r, c = queue.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r, c
        while 0 <= nr + dr < n and 0 <= nc + dc < m and g[nr + dr][nc + dc] != "#":
            nr, nc = nr + dr, nc + dc
            if (nr, nc) == goal:
                break
        if (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            queue.append((nr, nc))
print(dist.get(goal, -1))
