"""Wrong: BFS by number of straight segments that stops a ray at the first cell already reached. A cell reached in
the same round does not block the way: the cells beyond it on this ray are one segment away too, but here they wait
for a later ray (one turn too many)."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
start, goal = grid.index(b"S"), grid.index(b"T")
WALL = ord("#")
segs = [-1] * size
segs[start] = 0
queue = deque([start])
while queue and segs[goal] == -1:
    cell = queue.popleft()
    for step, limit in ((-w, None), (w, None), (-1, "left"), (1, "right")):
        x = cell
        while True:
            r, c = divmod(x, w)
            if (step == -w and r == 0) or (step == w and r == h - 1) or (limit == "left" and c == 0) or \
                    (limit == "right" and c == w - 1):
                break
            x += step
            if grid[x] == WALL or segs[x] != -1:
                break
            if segs[x] == -1:
                segs[x] = segs[cell] + 1
                queue.append(x)
print(-1 if segs[goal] == -1 else max(0, segs[goal] - 1))
