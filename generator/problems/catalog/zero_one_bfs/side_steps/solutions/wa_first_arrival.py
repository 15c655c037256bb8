"""WRONG: plain BFS that keeps the left and right counts of the first arrival at each cell (the fewest moves), which
may have used more left moves than another route."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
r0, c0 = int(data[2]) - 1, int(data[3]) - 1
x_max, y_max = int(data[4]), int(data[5])
grid = b"".join(data[6:6 + h])
size = h * w
WALL = ord("#")
start = r0 * w + c0
used = [None] * size
used[start] = (0, 0)
queue = deque([start])
while queue:
    x = queue.popleft()
    a, b = used[x]
    r, c = divmod(x, w)
    for y, ok, da, db in ((x - w, r > 0, 0, 0), (x + w, r < h - 1, 0, 0), (x + 1, c < w - 1, 0, 1),
                          (x - 1, c > 0, 1, 0)):
        if ok and grid[y] != WALL and used[y] is None and a + da <= x_max and b + db <= y_max:
            used[y] = (a + da, b + db)
            queue.append(y)
print(sum(1 for u in used if u is not None))
