"""Reference: 0-1 BFS over the cells (numbered r * W + c): the move the arrow shows costs 0 (front of the deque),
the other three cost 1 (back); a cell is final when it first leaves the deque."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
INF = size + 5
dist = [INF] * size
dist[0] = 0
done = bytearray(size)
queue = deque([0])
goal = size - 1
STEP = {ord("U"): 0, ord("D"): 1, ord("L"): 2, ord("R"): 3}  # direction codes (deltas collide when W = 1)
while queue:
    x = queue.popleft()
    if done[x]:
        continue
    done[x] = 1
    if x == goal:
        break
    d = dist[x]
    r, c = divmod(x, w)
    free = STEP[grid[x]]
    for code, delta, ok in ((0, -w, r > 0), (1, w, r < h - 1), (2, -1, c > 0), (3, 1, c < w - 1)):
        if not ok:
            continue
        y = x + delta
        if code == free:
            if d < dist[y]:
                dist[y] = d
                queue.appendleft(y)
        elif d + 1 < dist[y]:
            dist[y] = d + 1
            queue.append(y)
print(dist[goal])
