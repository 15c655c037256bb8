"""WRONG: checks only the left limit X and forgets the right limit Y. Was: on every route, rights - lefts = (column reached) - (start column), so one route minimises both at
once. 0-1 BFS with up, down and right moves free and left moves costing 1 gives the fewest lefts L for every cell;
a cell counts iff L <= X and L + (column - start column) <= Y."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
r0, c0 = int(data[2]) - 1, int(data[3]) - 1
x_max, y_max = int(data[4]), int(data[5])
grid = b"".join(data[6:6 + h])
size = h * w
WALL = ord("#")
INF = size + 5
lefts = [INF] * size
done = bytearray(size)
start = r0 * w + c0
lefts[start] = 0
queue = deque([start])
count = 0
while queue:
    x = queue.popleft()
    if done[x]:
        continue
    done[x] = 1
    d = lefts[x]
    if d > x_max:
        break  # every cell still in the deque needs even more left moves
    r, c = divmod(x, w)
    count += 1
    for y, ok, cost in ((x - w, r > 0, 0), (x + w, r < h - 1, 0), (x + 1, c < w - 1, 0), (x - 1, c > 0, 1)):
        if ok and grid[y] != WALL and d + cost < lefts[y]:
            lefts[y] = d + cost
            if cost:
                queue.append(y)
            else:
                queue.appendleft(y)
print(count)
