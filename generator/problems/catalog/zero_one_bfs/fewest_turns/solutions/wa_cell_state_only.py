"""WRONG: 0-1 BFS over cells only, remembering the heading of the cheapest arrival: two arrivals with the same
number of turns but different headings cannot both be kept."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
start, goal = grid.index(b"S"), grid.index(b"T")
WALL = ord("#")
INF = size + 5
dist = [INF] * size
heading = [-1] * size
done = bytearray(size)
dist[start] = 0
queue = deque([start])
while queue:
    cell = queue.popleft()
    if done[cell]:
        continue
    done[cell] = 1
    r, c = divmod(cell, w)
    for d, nxt, ok in ((0, cell - w, r > 0), (1, cell + w, r < h - 1), (2, cell - 1, c > 0), (3, cell + 1, c < w - 1)):
        if not ok or grid[nxt] == WALL:
            continue
        cost = dist[cell] + (0 if heading[cell] in (-1, d) else 1)
        if cost < dist[nxt]:
            dist[nxt] = cost
            heading[nxt] = d
            if cost == dist[cell]:
                queue.appendleft(nxt)
            else:
                queue.append(nxt)
print(-1 if dist[goal] == INF else dist[goal])
