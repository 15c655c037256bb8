"""WRONG: counts choosing the first heading as a turn. Was: 0-1 BFS over (cell, heading) states: one step ahead costs 0, changing the heading in place costs 1;
the start holds all four headings at cost 0. The first state of T to leave the deque gives the answer."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
start, goal = grid.index(b"S"), grid.index(b"T")
WALL = ord("#")
INF = 4 * size + 5
dist = [INF] * (4 * size)
done = bytearray(4 * size)
queue = deque()
for d in range(4):
    dist[4 * start + d] = 1
    queue.append(4 * start + d)
answer = -1
while queue:
    state = queue.popleft()
    if done[state]:
        continue
    done[state] = 1
    cell, d = divmod(state, 4)
    cost = dist[state]
    if cell == goal:
        answer = cost
        break
    r, c = divmod(cell, w)
    if d == 0:
        nxt = cell - w if r > 0 else -1
    elif d == 1:
        nxt = cell + w if r < h - 1 else -1
    elif d == 2:
        nxt = cell - 1 if c > 0 else -1
    else:
        nxt = cell + 1 if c < w - 1 else -1
    if nxt >= 0 and grid[nxt] != WALL and cost < dist[4 * nxt + d]:
        dist[4 * nxt + d] = cost
        queue.appendleft(4 * nxt + d)
    for d2 in range(4):
        s2 = 4 * cell + d2
        if d2 != d and cost + 1 < dist[s2]:
            dist[s2] = cost + 1
            queue.append(s2)
print(answer)
