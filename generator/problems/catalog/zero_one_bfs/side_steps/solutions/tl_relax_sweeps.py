"""Too slow: the fewest left moves per cell by sweeping the grid in row order and relaxing every move until a sweep
changes nothing; a route that climbs up a column needs one sweep per step."""
import sys

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
r0, c0 = int(data[2]) - 1, int(data[3]) - 1
x_max, y_max = int(data[4]), int(data[5])
grid = b"".join(data[6:6 + h])
size = h * w
WALL = ord("#")
INF = size + 5
lefts = [INF] * size
lefts[r0 * w + c0] = 0
changed = True
while changed:
    changed = False
    for x in range(size):
        d = lefts[x]
        if d == INF:
            continue
        r, c = divmod(x, w)
        for y, ok, cost in ((x - w, r > 0, 0), (x + w, r < h - 1, 0), (x + 1, c < w - 1, 0), (x - 1, c > 0, 1)):
            if ok and grid[y] != WALL and d + cost < lefts[y]:
                lefts[y] = d + cost
                changed = True
print(sum(1 for x in range(size) if lefts[x] != INF and lefts[x] <= x_max and lefts[x] + (x % w - c0) <= y_max))
