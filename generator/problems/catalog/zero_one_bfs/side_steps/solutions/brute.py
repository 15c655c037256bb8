"""Brute force: search over states (cell, lefts used, rights used) within the limits (tiny inputs only). The limits
are capped at 2*H*W: a route with the fewest left moves to a cell is a simple path, so larger limits change nothing."""
import sys

data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
r0, c0 = int(data[2]) - 1, int(data[3]) - 1
x_max, y_max = min(int(data[4]), 2 * h * w), min(int(data[5]), 2 * h * w)
grid = data[6:6 + h]
seen = {(r0, c0, 0, 0)}
stack = [(r0, c0, 0, 0)]
while stack:
    r, c, a, b = stack.pop()
    for dr, dc, da, db in ((-1, 0, 0, 0), (1, 0, 0, 0), (0, -1, 1, 0), (0, 1, 0, 1)):
        state = (r + dr, c + dc, a + da, b + db)
        if 0 <= state[0] < h and 0 <= state[1] < w and grid[state[0]][state[1]] == "." and state[2] <= x_max \
                and state[3] <= y_max and state not in seen:
            seen.add(state)
            stack.append(state)
print(len({(r, c) for r, c, _, _ in seen}))
