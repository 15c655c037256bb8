"""WRONG: an ordinary queue that fixes a cell's cost when it is first pushed (free move tried first): a cell first
reached by a paid move keeps that cost even if a free route reaches it later."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
STEP = {ord("U"): 0, ord("D"): 1, ord("L"): 2, ord("R"): 3}  # direction codes (deltas collide when W = 1)
dist = [-1] * size
dist[0] = 0
queue = deque([0])
while queue:
    x = queue.popleft()
    r, c = divmod(x, w)
    free = STEP[grid[x]]
    options = [(code, delta, ok) for code, delta, ok in ((0, -w, r > 0), (1, w, r < h - 1), (2, -1, c > 0), (3, 1, c < w - 1))]
    options.sort(key=lambda o: o[0] != free)
    for code, delta, ok in options:
        y = x + delta
        if ok and dist[y] == -1:
            dist[y] = dist[x] + (0 if code == free else 1)
            queue.append(y)
print(dist[size - 1])
