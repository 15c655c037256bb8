"""WRONG: plain BFS for the route with the fewest moves, then counts the moves on it that go against the arrows."""
import sys
from collections import deque

data = sys.stdin.buffer.read().split()
h, w = int(data[0]), int(data[1])
grid = b"".join(data[2:2 + h])
size = h * w
STEP = {ord("U"): 0, ord("D"): 1, ord("L"): 2, ord("R"): 3}  # direction codes (deltas collide when W = 1)
moves = [-1] * size
paid = [0] * size
moves[0] = 0
queue = deque([0])
while queue:
    x = queue.popleft()
    r, c = divmod(x, w)
    for code, delta, ok in ((0, -w, r > 0), (1, w, r < h - 1), (2, -1, c > 0), (3, 1, c < w - 1)):
        y = x + delta
        if ok and moves[y] == -1:
            moves[y] = moves[x] + 1
            paid[y] = paid[x] + (0 if code == STEP[grid[x]] else 1)
            queue.append(y)
print(paid[size - 1])
