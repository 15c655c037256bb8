"""WRONG: finds a route with the fewest moves by plain BFS (first found wins) and counts the turns on it."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
start, goal = grid.index(b"S"), grid.index(b"T")
WALL = ord("#")
turns = [-1] * size
heading = [-1] * size
turns[start] = 0
queue = deque([start])
while queue:
    cell = queue.popleft()
    r, c = divmod(cell, w)
    for d, nxt, ok in ((0, cell - w, r > 0), (1, cell + w, r < h - 1), (2, cell - 1, c > 0), (3, cell + 1, c < w - 1)):
        if ok and grid[nxt] != WALL and turns[nxt] == -1:
            turns[nxt] = turns[cell] + (1 if heading[cell] not in (-1, d) else 0)
            heading[nxt] = d
            queue.append(nxt)
print(turns[goal])
